package org.wps.commitments.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page of the tracker's own pages (dashboard, commitment pages, annual report pages). */
@Controller
class LoginController {

    @GetMapping("/login")
    String login() {
        return "login";
    }
}
