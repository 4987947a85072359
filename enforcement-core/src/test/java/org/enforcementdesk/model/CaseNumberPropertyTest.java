package org.enforcementdesk.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Laws of {@link CaseNumber} over generated values, and a fuzz run over arbitrary text. */
class CaseNumberPropertyTest {

  private static final long SEED = 20_240_601L;

  // Written out again here rather than read from CourtCode, so that the test is an independent oracle.
  private static final String PROVINCES = "京津冀晋内辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝川黔云藏陕甘青宁新";

  private static final List<String> PROVINCE_LIST =
      PROVINCES.chars().mapToObj(c -> String.valueOf((char) c)).collect(Collectors.toList());

  @Test
  void parse_ofFormat_isIdentity() {
    qt().withFixedSeed(SEED)
        .withExamples(5_000)
        .forAll(caseNumbers())
        .checkAssert(
            number -> {
              String printed = number.format();
              CaseNumber reread = CaseNumber.parse(printed);
              assertThat(reread).isEqualTo(number).hasSameHashCodeAs(number);
              assertThat(reread.format()).isEqualTo(printed);
            });
  }

  @Test
  void parse_halfWidthBracketsAndWhitespace_readsTheSameNumber() {
    qt().withFixedSeed(SEED)
        .withExamples(2_000)
        .forAll(caseNumbers())
        .checkAssert(
            number -> {
              String halfWidth = " " + number.format().replace('（', '(').replace('）', ')') + "\t";
              assertThat(CaseNumber.parse(halfWidth)).isEqualTo(number);
            });
  }

  @Test
  void format_everyPart_appearsInPrintedOrder() {
    qt().withFixedSeed(SEED)
        .withExamples(2_000)
        .forAll(caseNumbers())
        .checkAssert(
            number -> {
              String expected =
                  "（" + number.year() + "）" + number.courtCode().province() + number.courtCode().digits()
                      + number.type().code() + number.serial() + "号"
                      + (number.hasSuffix() ? "之" + ChineseNumerals.format(number.suffixOrdinal()) : "");
              assertThat(number.format()).isEqualTo(expected).doesNotContain("(", ")");
            });
  }

  /**
   * Arbitrary text, half of it random characters from the alphabet case numbers are made of, half of it valid case
   * numbers with a few random edits (so that the parser is pushed past its first checks). Whatever the text, parse
   * either returns a case number that survives a round trip or throws IllegalArgumentException.
   */
  @Test
  void parse_arbitraryText_throwsNothingButIllegalArgumentException() {
    SplittableRandom random = new SplittableRandom(SEED);
    List<String> failures = new ArrayList<>();
    int parsed = 0;
    for (int i = 0; i < 100_000; i++) {
      String text = i % 2 == 0 ? randomText(random) : mutatedCaseNumber(random);
      try {
        CaseNumber number = CaseNumber.parse(text);
        parsed++;
        if (!CaseNumber.parse(number.format()).equals(number)) {
          failures.add("round trip broke for \"" + text + "\"");
        }
      } catch (IllegalArgumentException expected) {
        if (!expected.getMessage().startsWith("case number ")) {
          failures.add("message without the input for \"" + text + "\": " + expected.getMessage());
        }
      } catch (RuntimeException | StackOverflowError unexpected) {
        failures.add(unexpected + " for \"" + text + "\"");
      }
    }
    assertThat(failures).isEmpty();
    // The mutations leave some inputs valid; if none parse, the fuzz never reaches the deep checks.
    assertThat(parsed).isGreaterThan(1_000);
  }

  private static final String ALPHABET =
      "（）()（）()0123456789０１" + PROVINCES + "最高法蒙贵台执执执恢保异复监协他前号号之之一二三十九〇百民初字第 \t\u3000xX-_,.";

  private static String randomText(SplittableRandom random) {
    int length = random.nextInt(0, 25);
    StringBuilder text = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      appendRandomChar(random, text);
    }
    return text.toString();
  }

  private static String mutatedCaseNumber(SplittableRandom random) {
    StringBuilder text = new StringBuilder(randomCaseNumber(random).format());
    int edits = random.nextInt(0, 4);
    for (int i = 0; i < edits; i++) {
      int at = random.nextInt(0, text.length() + 1);
      switch (random.nextInt(3)) {
        case 0 -> {
          StringBuilder inserted = new StringBuilder();
          appendRandomChar(random, inserted);
          text.insert(at, inserted);
        }
        case 1 -> {
          if (at < text.length()) {
            text.deleteCharAt(at);
          }
        }
        default -> {
          if (at < text.length()) {
            text.deleteCharAt(at);
            StringBuilder replacement = new StringBuilder();
            appendRandomChar(random, replacement);
            text.insert(at, replacement);
          }
        }
      }
    }
    return text.toString();
  }

  private static void appendRandomChar(SplittableRandom random, StringBuilder text) {
    int pick = random.nextInt(10);
    if (pick < 8) {
      text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    } else if (pick == 8) {
      text.append((char) random.nextInt(0x20, 0x7F));
    } else {
      // Any code point, lone surrogates included: a parser must not trip over broken UTF-16 either.
      text.append(Character.toChars(random.nextInt(0, Character.MAX_CODE_POINT + 1)));
    }
  }

  private static CaseNumber randomCaseNumber(SplittableRandom random) {
    String province = PROVINCE_LIST.get(random.nextInt(PROVINCE_LIST.size()));
    CourtCode court =
        switch (random.nextInt(4)) {
          case 0 -> CourtCode.supremeCourt();
          case 1 -> CourtCode.of(province, "");
          case 2 -> CourtCode.of(province, pair(random.nextInt(1, 100)));
          default -> CourtCode.of(province, pair(random.nextInt(1, 100)) + pair(random.nextInt(1, 100)));
        };
    EnforcementCaseType[] types = EnforcementCaseType.values();
    return CaseNumber.of(
        random.nextInt(CaseNumber.MIN_YEAR, CaseNumber.MAX_YEAR + 1),
        court,
        types[random.nextInt(types.length)],
        random.nextInt(1, CaseNumber.MAX_SERIAL + 1),
        random.nextInt(3) == 0 ? random.nextInt(1, CaseNumber.MAX_SUFFIX_ORDINAL + 1) : 0);
  }

  private static Gen<CaseNumber> caseNumbers() {
    return integers()
        .between(CaseNumber.MIN_YEAR, CaseNumber.MAX_YEAR)
        .zip(
            courtCodes(),
            Generate.enumValues(EnforcementCaseType.class),
            integers().between(1, CaseNumber.MAX_SERIAL),
            integers().between(0, CaseNumber.MAX_SUFFIX_ORDINAL),
            CaseNumber::of);
  }

  private static Gen<CourtCode> courtCodes() {
    Gen<String> provinces = Generate.pick(PROVINCE_LIST);
    Gen<String> pairs = integers().between(1, 99).map(CaseNumberPropertyTest::pair);
    List<Gen<CourtCode>> byLevel =
        List.of(
            Generate.constant(CourtCode.supremeCourt()),
            provinces.map(p -> CourtCode.of(p, "")),
            provinces.zip(pairs, CourtCode::of),
            provinces.zip(pairs, pairs, (p, prefecture, county) -> CourtCode.of(p, prefecture + county)));
    return integers().between(0, byLevel.size() - 1).flatMap(byLevel::get);
  }

  private static String pair(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }
}
