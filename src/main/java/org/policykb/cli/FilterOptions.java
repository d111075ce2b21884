package org.policykb.cli;

import java.util.List;
import java.util.Locale;
import org.policykb.query.FilterParameters;
import org.policykb.query.Filters;
import org.policykb.query.Parameter;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The API's filter parameters ({@link FilterParameters}) as options of a command, {@code doc_type} as
 * {@code --doc-type}: added to the command's model when picocli builds it, and read back into {@link Filters}, so
 * the CLI names, repeats and explains its filters as the API does.
 */
final class FilterOptions implements IModelTransformer {
  @Override
  public CommandSpec transform(CommandSpec spec) {
    for (Parameter p : FilterParameters.ALL) {
      OptionSpec.Builder option = OptionSpec.builder(option(p)).paramLabel(p.name().toUpperCase(Locale.ROOT))
          .description(firstSentence(p.description()) + (p.shape() == Parameter.Shape.REPEATED ? " (repeatable)" : ""));
      if (p.shape() == Parameter.Shape.REPEATED) {
        option.type(List.class).auxiliaryTypes(String.class);
      } else {
        option.type(String.class);
      }
      spec.addOption(option.build());
    }
    return spec;
  }

  /** The filters the command line gives. */
  static Filters read(CommandSpec spec) {
    return Filters.parse(name -> {
      OptionSpec o = spec.findOption(option(FilterParameters.ALL.stream().filter(p -> p.name().equals(name)).findFirst()
          .orElseThrow()));
      Object v = o.getValue();
      if (v == null) {
        return List.of();
      }
      return v instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of(v.toString());
    });
  }

  private static String option(Parameter p) {
    return "--" + p.name().replace('_', '-');
  }

  private static String firstSentence(String description) {
    String plain = description.replace("`", "");
    int end = plain.indexOf(". ");
    return end < 0 ? plain : plain.substring(0, end + 1);
  }
}
