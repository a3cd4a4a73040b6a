package org.wps.commitments.web;

/** The caller is known and may see the resource, but her role may not do this (HTTP 403 with the reason). */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
