package org.wps.commitments.commitmentpage;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;
import org.wps.commitments.identity.Actor;
import org.wps.commitments.web.NotFoundException;

/**
 * {@code /commitments/{reference}}: one commitment on one page, for the people of its mission and HQ. Rendered
 * by Thymeleaf, which escapes every value; no script runs on the page.
 */
@Controller
class CommitmentPageController {

    private final CommitmentPages pages;

    CommitmentPageController(CommitmentPages pages) {
        this.pages = pages;
    }

    @GetMapping("/commitments/{reference}")
    String page(@PathVariable("reference") String reference, Actor user, Model model) {
        model.addAttribute("page", pages.page(reference, user));
        model.addAttribute("user", user.userId());
        return "commitment";
    }

    /** Unknown and other missions' commitments look alike: a page saying so, with the API's message. */
    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    ModelAndView notFound(NotFoundException e) {
        var view = new ModelAndView("commitment-not-found");
        view.addObject("message", e.getMessage());
        return view;
    }
}
