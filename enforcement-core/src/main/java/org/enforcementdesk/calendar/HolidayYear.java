package org.enforcementdesk.calendar;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;

/**
 * One year of a holiday file, already validated by {@link HolidayFileReader}: holidays inside the year and not
 * overlapping, make-up working days on weekends outside every holiday.
 */
record HolidayYear(
    int year, String source, ImmutableList<Holiday> holidays, ImmutableSortedSet<LocalDate> makeUpWorkdays) {}
