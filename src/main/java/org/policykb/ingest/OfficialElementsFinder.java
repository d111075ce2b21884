package org.policykb.ingest;

import java.util.List;

/**
 * Reads the elements of an official document from its cleaned text with one {@link ElementReader} per
 * form, in the order GB/T 9704-2012 prints them: first the marks that make a text an official document
 * (the title's 文种, the 版头, a 发文字号 in any of its forms, a 令's heading, a law's 题注, a signature above a
 * closing date, a 主送 line naming organisations at the head with a date standing alone at the end), then — only if one of them is there — the
 * 主送机关, the 署名 and 成文日期, the 附件说明, the issuers of the 版头 or the title and the 版记.
 * Nothing is read from a text that shows no such mark: a news article's dateline is no 成文日期. Each
 * reader offers what it finds; the first offer of an element wins ({@link OfficialDraft}).
 */
final class OfficialElementsFinder {
  /** The forms that show a text is an official document. */
  private static final List<ElementReader> MARKS = List.of(new TitleLine(), new HeaderBlock(), new ParenthesisedNumber(), new DecreeHeading(), new PromulgationNote(),
      new DatedNumberLine(), new DecreeSignature());
  /** The forms read once it is one, in printed order. */
  private static final List<ElementReader> BODY = List.of(
      new RecipientsLine(),
      new SignatureBlock(),
      new RunOnSignature(),
      (t, draft) -> t.offerHeaderDate(draft),
      new DateUnderTitle(),
      new AttachmentNote(),
      new UndatedSignature(),
      (t, draft) -> draft.offerIssuers(t.markIssuers.isEmpty() ? t.statedHeader : t.markIssuers, "header"),
      new IssuersUnderTitle(),
      new TitleIssuer(),
      new ClosingLines());

  private OfficialElementsFinder() {}

  /** Offers {@code draft} what the text states; what the draft already holds stays. */
  static void find(String title, List<String> paragraphs, OfficialDraft draft) {
    find(title, paragraphs, List.of(), draft);
  }

  /** As {@link #find(String, List, OfficialDraft)}, with the 版头's names a title field stated instead of the title. */
  static void find(String title, List<String> paragraphs, List<String> statedHeader, OfficialDraft draft) {
    OfficialText text = new OfficialText(title, paragraphs);
    text.statedHeader = List.copyOf(statedHeader);
    for (ElementReader r : MARKS) {
      r.read(text, draft);
    }
    if (!draft.hasDocNumber() && !draft.hasDocType() && text.markIssuers.isEmpty() && text.headerDate == null
        && !SignatureBlock.closesWithSignature(text)
        && !(RecipientsLine.addressesOrganisations(text) && SignatureBlock.closesWithDate(text))) {
      text.offerHeaderDate(draft); // a law's note dates it, though nothing else marks it
      return;
    }
    for (ElementReader r : BODY) {
      r.read(text, draft);
    }
  }
}
