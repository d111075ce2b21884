package org.policykb.index;

/** The names of a document's fields, the same on both engines, and the version of what they hold. */
public final class Fields {
  private Fields() {}

  /**
   * Bumped whenever analysis, the schema or what ingestion stores changes; an index of another version
   * must be rebuilt. 4: the elements of an official document (发文字号, 发文机关, 文种, 成文日期 …).
   * 6: a paragraph break leaves a gap of positions in the exact fields. 7: the embedded index keeps
   * each text's forward index (the folded text by position) for context sorts. 8: a document's
   * categories (front matter, a record's category or type) as a facet. 9: works (the files of one text
   * grouped, {@link #WORK_ID}, {@link #WORK_SHOWN}) and their signatures in the manifest. 10: a work's member
   * read by OCR is shown after every member read from text, and says so ({@code ocr}). 11: a 公告's number
   * has one normal form whatever its brackets (公告〔2023〕第4号 is 公告2023年第4号), and files are read again by
   * the readers that find a listed title's number, a joint 令 and its date. 12: links between documents
   * ({@link org.policykb.index.Links}), their signatures in the manifest, and {@link #CITED_BY}. 13: the
   * issuers' {@link #REGION} and {@link #LEVEL}. 14: each text's count of words ({@link #WORD_COUNT}), what word
   * frequencies are divided by. 15: {@link #TEXT_WORDS} keeps its words' positions (n-grams of words are read from
   * them), a clause's or a paragraph's end leaving a gap.
   */
  public static final int SCHEMA_VERSION = 15;

  /** Document id. StringField: exact lookups and {@code updateDocument}; sorted doc values break ties. */
  public static final String ID = "id";

  /**
   * Cleaned text as folded code-point bigrams ({@link org.policykb.analysis.Analyzers#exact()}).
   * Positions make phrase queries exact and independent of word segmentation; norms let BM25 weigh
   * a phrase in a short text above the same phrase in a long one. No offsets: snippets re-scan
   * the stored document, which is cheaper than storing them.
   */
  public static final String TEXT_EXACT = "text_exact";

  /**
   * Cleaned text segmented by smartcn: the word vocabulary behind relevance, collocates' corpus
   * frequencies, related documents and the corpus statistics. Frequencies and norms for BM25; positions, each
   * term where the analyzer put it and a paragraph break one position more, from which a text's sequence of words
   * is read back for n-grams of words (phrases are matched on {@link #TEXT_EXACT}). Not stored.
   */
  public static final String TEXT_WORDS = "text_words";

  /** Title as folded bigrams, for {@code title:} terms and the title boost. */
  public static final String TITLE_EXACT = "title_exact";

  /** Title segmented by smartcn, for relevance of title words; indexed like {@link #TEXT_WORDS}. */
  public static final String TITLE_WORDS = "title_words";

  /** Publication date as epoch day: a point for range filters, doc values for sort=date. */
  public static final String DATE = "date";

  /** Publication year: a point for filters, doc values for facets. */
  public static final String YEAR = "year";

  /** Source (outlet), exact: StringField for filters, sorted-set doc values for facets. */
  public static final String SOURCE_NAME = "source";

  /** The document's categories, its kind ({@link org.policykb.model.PolicyDocument#categories()}): filters and facets. */
  public static final String CATEGORY = "category";

  /** Parks the text mentions ({@link org.policykb.model.PolicyDocument#parks()}): filters and facets. */
  public static final String PARK = "park";

  /** Policies the text cites: filters and facets. */
  public static final String CITES = "cites";

  /** The elements of an official document, exact: filters and facets ({@link org.policykb.model.OfficialElements}). */
  public static final String ISSUER = "issuer";
  public static final String DOC_TYPE = "doc_type";
  public static final String AGENCY_CODE = "agency_code";
  /** The year in a 发文字号's brackets, as text (2023): a keyword like the others. */
  public static final String DOC_YEAR = "doc_year";
  /**
   * Where the issuers stand ({@link org.policykb.ingest.Regions#of}): the province's full name (江苏省; none for the
   * central state) and the level (国家, 省, 市, 县). Keywords like the others; absent when not known.
   */
  public static final String REGION = "region";
  public static final String LEVEL = "level";
  /** The 发文字号 in its normalised form ({@link org.policykb.model.DocNumber}): looked up, not counted. */
  public static final String DOC_NUMBER = "doc_number";

  /**
   * The text's length in Unicode characters (code points), as doc values: what a trend divides
   * occurrences by, summed per bucket without reading any text.
   */
  public static final String TEXT_CHARS = "text_chars";

  /**
   * How many words {@link #TEXT_WORDS} holds for the text: its smartcn segments that have a letter or digit
   * (punctuation and symbols are no words), as doc values: the size a subcorpus's word frequencies are
   * per million of, and a text's share of it for their dispersion.
   */
  public static final String WORD_COUNT = "word_count";

  /**
   * The id of the document's work ({@link org.policykb.index.Works}): a keyword, looked up to list a
   * work's members and to keep them out of related documents; sorted doc values to group by it.
   */
  public static final String WORK_ID = "work_id";

  /**
   * Present ({@code true}) on the one member of each work whose text is shown: counting works is
   * filtering on it, so totals, facets, trends and concordances count each work once, exactly.
   */
  public static final String WORK_SHOWN = "work_shown";

  /**
   * How many works cite the document's work ({@link org.policykb.index.Links#citedBy}): numeric doc values, set
   * after every document is written, for sort=cited_by.
   */
  public static final String CITED_BY = "cited_by";

  /** The fields of a link in an engine's store of links, one link per entry. */
  public static final class Link {
    private Link() {}

    /** The citing document's id, its work, and whether it is that work's shown member ("true"). */
    public static final String FROM = "from";
    public static final String FROM_WORK = "from_work";
    public static final String FROM_SHOWN = "from_shown";
    /** The work named; absent when unresolved. */
    public static final String TO = "to";
    /** The kind's key ({@link org.policykb.model.Reference.Kind#key()}). */
    public static final String KIND = "kind";
    /** The citing document's date as epoch day (undated: after every date), for the order of links in. */
    public static final String FROM_DAY = "from_day";
    /** The citing document's year, and the named one's: counts per year. */
    public static final String FROM_YEAR = "from_year";
    public static final String TO_YEAR = "to_year";
    /** Where the link stands among its document's links: the order of links out. */
    public static final String SEQ = "seq";
    /** The whole link as JSON. */
    public static final String SOURCE = "link";
  }
}
