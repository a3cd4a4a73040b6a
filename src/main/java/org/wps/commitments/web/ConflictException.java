package org.wps.commitments.web;

/** The request is understood but clashes with the state of what it addresses (HTTP 409). */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
