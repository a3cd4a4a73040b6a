package org.wps.commitments.web;

/** Something the caller asked for does not exist, or is not visible to them (we do not say which). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
