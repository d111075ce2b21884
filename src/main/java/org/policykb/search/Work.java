package org.policykb.search;

import java.util.List;

/**
 * The work a document belongs to: the files and records of one text, decided at build time
 * (grouped at build time by the index's {@code Works}).
 *
 * @param id the work's id: the smallest id of its members
 * @param members every member, the shown one first ({@link WorkMember#ORDER})
 */
public record Work(String id, List<WorkMember> members) {
  public Work {
    members = members.stream().sorted(WorkMember.ORDER).toList();
  }
}
