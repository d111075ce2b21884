package org.policykb.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers itself, before a request reaches a handler (a URI too long, a malformed
 * request line), in the API's one error shape instead of an HTML page; never with a stack trace.
 */
final class JsonErrorHandler extends ErrorHandler {
  private static final ObjectMapper JSON = ApiJson.mapper();
  private static final String CONTENT_TYPE = "application/json; charset=utf-8";

  @Override
  protected void generateResponse(
      Request request, Response response, int code, String message, Throwable cause, Callback callback) {
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, CONTENT_TYPE);
    response.write(true, ByteBuffer.wrap(body(code, message)), callback);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, CONTENT_TYPE);
    return ByteBuffer.wrap(body(status, reason));
  }

  static byte[] body(int status, String message) {
    String error = status == 414 || status == 431 || status == 413 ? "request_too_large"
        : status >= 500 ? "internal_error" : "bad_request";
    String text = message == null || message.isBlank() ? HttpStatus.getMessage(status) : message;
    try {
      return JSON.writeValueAsString(new ErrorBody(error, text)).getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      return ("{\"error\":\"" + error + "\",\"message\":\"" + HttpStatus.getMessage(status) + "\"}")
          .getBytes(StandardCharsets.UTF_8);
    }
  }
}
