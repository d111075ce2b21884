package org.policykb.ingest;

import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Loads a YAML mapping with every scalar kept as the string it was written as (only {@code null}
 * and {@code ~} are special), so {@code date: 2022-03-09 15:27:08 +0800} is never shifted to UTC
 * and {@code title: 2025} stays a title.
 */
final class YamlReader {
  private YamlReader() {}

  static Map<String, Object> readMapping(String yaml, String what) throws UnreadableSourceException {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(10);
    options.setNestingDepthLimit(20);
    options.setCodePointLimit(1_000_000);
    Yaml parser =
        new Yaml(
            new SafeConstructor(options),
            new Representer(new DumperOptions()),
            new DumperOptions(),
            options,
            new StringsOnlyResolver());
    Object loaded;
    try {
      loaded = parser.load(yaml);
    } catch (YAMLException | ClassCastException e) {
      throw new UnreadableSourceException(what + " is not valid YAML: " + firstLine(e.getMessage()), e);
    }
    if (loaded == null) {
      return Map.of();
    }
    if (!(loaded instanceof Map<?, ?> map)) {
      throw new UnreadableSourceException(what + " must be a YAML mapping of key: value lines");
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> result = (Map<String, Object>) map;
    for (Object key : map.keySet()) {
      if (!(key instanceof String)) {
        throw new UnreadableSourceException(what + " has a key that is not text: " + key);
      }
    }
    return result;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }

  private static final class StringsOnlyResolver extends Resolver {
    @Override
    protected void addImplicitResolvers() {
      addImplicitResolver(Tag.NULL, NULL, "~nN\0", 10);
      addImplicitResolver(Tag.NULL, EMPTY, null, 10);
    }
  }
}
