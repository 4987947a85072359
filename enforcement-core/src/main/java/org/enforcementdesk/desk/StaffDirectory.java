package org.enforcementdesk.desk;

import java.util.Optional;
import org.enforcementdesk.model.Actor;

/**
 * The host's accounts of court staff: which court each belongs to. A desk serves one court
 * ({@link DeskBuilder#court}); where one provincial database serves many, each court's desk asks this directory
 * before a staff member's command or query, so staff of one court never see or act on another court's orders,
 * cases or parties.
 */
@FunctionalInterface
public interface StaffDirectory {

  /**
   * The court a staff account belongs to, in the same form as the desk's court (e.g. {@code FJ-0322}).
   *
   * @param staff an officer, centre director or bureau leader; not null
   * @return the account's court; empty for an account the host does not know, which is refused
   */
  Optional<String> courtOf(Actor staff);
}
