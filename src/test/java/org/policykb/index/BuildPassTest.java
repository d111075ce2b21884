package org.policykb.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policykb.ingest.CorpusReader;
import org.policykb.ingest.IngestResult;
import org.policykb.model.PolicyDocument;

/**
 * The decisions of a build that both engines share, watched through a writer that records what it is
 * asked to do and refuses, later and from another thread as an engine would, every document whose
 * text holds 拒收.
 */
class BuildPassTest {
  @TempDir Path corpus;

  /** Records the calls in order; refuses 拒收 documents when awaited. */
  private static final class RecordingWriter implements GenerationWriter {
    final List<String> calls = new ArrayList<>();
    private final List<Refusal> toRefuse = new ArrayList<>();

    @Override
    public void write(PolicyDocument document, WorkRole role, Refusal refused) {
      calls.add("write " + document.id());
      if (document.text().contains("拒收")) {
        toRefuse.add(refused);
      }
    }

    @Override
    public void rewrite(java.util.Map<String, WorkRole> roles) {
      roles.keySet().forEach(id -> calls.add("rewrite " + id));
    }

    @Override
    public void links(List<org.policykb.model.Link> links, Map<String, Integer> citedBy) {
      calls.add("links");
    }

    @Override
    public void delete(String id) {
      calls.add("delete " + id);
    }

    @Override
    public void await() throws IOException {
      calls.add("await");
      Thread t = new Thread(() -> toRefuse.forEach(r -> r.refused("too odd")));
      t.start();
      try {
        t.join();
      } catch (InterruptedException e) {
        throw new IOException(e);
      }
      toRefuse.clear();
    }
  }

  private void write(String name, String text) throws IOException {
    Files.writeString(corpus.resolve(name), text, StandardCharsets.UTF_8);
  }

  private BuildPass.Outcome pass(Map<String, Manifest.Entry> previous, RecordingWriter writer) throws IOException {
    CorpusReader reader = new CorpusReader();
    CorpusReader.Listing listing = reader.list(corpus, Manifest.fileIds(previous));
    return new BuildPass(reader, corpus, previous, listing, (results, bytes) -> {}, writer).run();
  }

  private static List<Integer> counts(BuildPass.Outcome o) {
    return List.of(o.added(), o.updated(), o.deleted(), o.unchanged());
  }

  @Test
  void aFirstPassWritesEveryDocumentOnceAndListsThemInCorpusOrder() throws IOException {
    write("甲.txt", "第一份文件，关于科技创新。");
    write("乙.txt", "第二份文件，关于数字经济。");
    write("丙.txt", "第三份文件，关于乡村振兴。");
    RecordingWriter writer = new RecordingWriter();
    BuildPass.Outcome o = pass(null, writer);
    assertEquals(List.of(3, 0, 0, 0), counts(o), "added, updated, deleted, unchanged");
    assertEquals(List.of("丙", "乙", "甲"), o.results().stream().map(IngestResult::id).toList(), "results in the listing's order");
    assertEquals(3, o.documents());
    assertEquals(List.of("await", "write 丙", "write 乙", "write 甲", "await", "await", "links", "await"), writer.calls);
  }

  @Test
  void aSecondPassDeletesTheVanishedFirstWritesTheChangedAndKeepsTheRest() throws IOException {
    write("甲.txt", "第一份文件，关于科技创新。");
    write("乙.txt", "第二份文件，关于数字经济。");
    write("丙.txt", "第三份文件，关于乡村振兴。");
    BuildPass.Outcome first = pass(null, new RecordingWriter());
    Files.delete(corpus.resolve("丙.txt"));
    write("乙.txt", "第二份文件，改过了，关于数字经济和实体经济。");
    RecordingWriter writer = new RecordingWriter();
    BuildPass.Outcome second = pass(first.entries(), writer);
    assertEquals(List.of(0, 1, 1, 1), counts(second), "added, updated, deleted, unchanged");
    assertEquals(List.of("delete 丙", "await", "write 乙", "await", "await", "links", "await"), writer.calls,
        "the vanished document goes before anything is written; the unchanged one is not written");
    assertEquals(first.entries().get("甲.txt"), second.entries().get("甲.txt"));
    assertEquals(List.of("乙", "甲"), second.results().stream().map(IngestResult::id).toList());
  }

  @Test
  void aDocumentTheEngineRefusesBecomesItsFilesErrorLeavesTheManifestAndIsDeleted() throws IOException {
    write("甲.txt", "第一份文件，关于科技创新。");
    write("乙.txt", "第二份文件，关于数字经济。");
    BuildPass.Outcome first = pass(null, new RecordingWriter());
    write("乙.txt", "第二份文件，拒收。");
    write("丁.txt", "新的文件，也拒收。");
    RecordingWriter writer = new RecordingWriter();
    BuildPass.Outcome o = pass(first.entries(), writer);
    // 丁 was new: not added after all; 乙 was there: its old version is deleted, not updated
    assertEquals(List.of(0, 0, 1, 1), counts(o), "added, updated, deleted, unchanged");
    assertEquals(List.of("甲.txt"), List.copyOf(new java.util.TreeSet<>(o.entries().keySet())));
    assertEquals(1, o.documents());
    for (IngestResult r : o.results()) {
      if (!r.file().equals("甲.txt")) {
        assertEquals(IngestResult.Status.FAILED, r.status(), r.toString());
        assertEquals("cannot be indexed: too odd", r.reason());
      }
    }
    int lastWrite = writer.calls.lastIndexOf("write 乙");
    assertTrue(writer.calls.indexOf("delete 乙") > lastWrite && writer.calls.indexOf("delete 丁") > lastWrite,
        "refused ids are deleted after the writes: " + writer.calls);
  }

  @Test
  void anIdAChangedFileNoLongerGivesIsDeletedAfterTheWritesUnlessAnotherFileGaveIt() throws IOException {
    write("册.jsonl", "{\"id\":\"a\",\"title\":\"一\",\"content\":\"第一条记录的正文。\"}\n"
        + "{\"id\":\"b\",\"title\":\"二\",\"content\":\"第二条记录的正文。\"}\n");
    BuildPass.Outcome first = pass(null, new RecordingWriter());
    assertEquals(List.of("册#a", "册#b"), first.entries().get("册.jsonl").ids());
    write("册.jsonl", "{\"id\":\"a\",\"title\":\"一\",\"content\":\"第一条记录的正文，改过。\"}\n"
        + "{\"id\":\"c\",\"title\":\"三\",\"content\":\"第三条记录的正文。\"}\n");
    RecordingWriter writer = new RecordingWriter();
    BuildPass.Outcome o = pass(first.entries(), writer);
    assertEquals(List.of(1, 1, 1, 0), counts(o), "added, updated, deleted, unchanged");
    assertEquals(List.of("await", "write 册#a", "write 册#c", "await", "delete 册#b", "await", "links", "await"), writer.calls);
  }
}
