package org.policykb.http;

/** The one error shape of the API. */
public record ErrorBody(String error, String message) {}
