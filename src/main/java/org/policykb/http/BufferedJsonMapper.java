package org.policykb.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;

/**
 * Javalin's JSON through Jackson, each answer written to bytes before it is sent. Javalin's own
 * Jackson mapper streams every answer through a pipe filled by another thread, which cost a search
 * ~3–5 ms per request (one handoff, a chunked response) for answers that are a few kilobytes; the
 * large answers (concordance exports) stream through {@code export} and never come here.
 */
final class BufferedJsonMapper implements JsonMapper {
  private final ObjectMapper mapper;

  BufferedJsonMapper(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public String toJsonString(Object obj, Type type) {
    try {
      return mapper.writeValueAsString(obj);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + obj.getClass().getSimpleName() + " as JSON", e);
    }
  }

  @Override
  public InputStream toJsonStream(Object obj, Type type) {
    try {
      return new ByteArrayInputStream(mapper.writeValueAsBytes(obj));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + obj.getClass().getSimpleName() + " as JSON", e);
    }
  }

  @Override
  public <T> T fromJsonString(String json, Type type) {
    try {
      return mapper.readValue(json, mapper.constructType(type));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e.getOriginalMessage(), e);
    }
  }

  @Override
  public <T> T fromJsonStream(InputStream json, Type type) {
    try {
      return mapper.readValue(json, mapper.constructType(type));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
