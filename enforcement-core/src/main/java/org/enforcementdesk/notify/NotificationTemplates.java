package org.enforcementdesk.notify;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The texts of notifications, per kind and language, and their rendering. Simplified Chinese ({@code zh-CN}) is the
 * default; English ({@code en}) the other language. The shipped texts ({@link #defaults()}) come from {@code
 * notification-templates.yaml} beside this class; a court can load its own file ({@link #fromFile}) or change single
 * texts ({@link #with(Locale, NotificationKind, String)}).
 *
 * <pre>{@code
 * NotificationTemplates templates = NotificationTemplates.defaults();
 * Notification n = Notification.of("R-7:accepted", NotificationKind.ACCEPTANCE_NOTICE, RequestId.of("R-7"),
 *     new Recipient(Recipient.Kind.PARTY, "P-1"), at,
 *     Map.of("caseNumber", "（2025）闽0322执1234号", "type", "申请续封", "typeEn", "renew a seizure",
 *         "urgency", "URGENT", "tier", "OFFICER", "due", "2026-03-05T17:00+08:00"));
 * templates.render(n);
 * // 【执行服务中心】您的执行诉求（编号R-7，案号（2025）闽0322执1234号）已受理。类型：申请续封；等级：紧急；
 * // 承办：中心干警；将于2026年3月5日17:00（北京时间）前办结。
 * }</pre>
 *
 * <h2>The values each kind carries</h2>
 *
 * <p>A notification's {@link Notification#values() values} are exactly those of its kind ({@link #valuesOf}, and
 * optionally {@link #optionalValuesOf}); {@code {requestId}} is not among them, it comes from {@link
 * Notification#requestId()}. Values are language-neutral, so one notification renders in either language:
 *
 * <table>
 *   <caption>Values by kind</caption>
 *   <tr><th>Kind</th><th>Values</th></tr>
 *   <tr><td>ACCEPTANCE_NOTICE</td><td>caseNumber, type, typeEn, urgency, tier, due; optionally
 *       provisionalYears</td></tr>
 *   <tr><td>DEADLINE_NOTICE</td><td>caseNumber, urgency, due; optionally provisionalYears</td></tr>
 *   <tr><td>PROGRESS</td><td>caseNumber, progress</td></tr>
 *   <tr><td>URGE_RECEIPT</td><td>caseNumber, due; optionally duplicateId, provisionalYears</td></tr>
 *   <tr><td>RESOLUTION_FEEDBACK</td><td>caseNumber, result</td></tr>
 *   <tr><td>EVALUATION_INVITATION</td><td>caseNumber</td></tr>
 *   <tr><td>REJECTION</td><td>caseNumber, reason</td></tr>
 *   <tr><td>SLA_WARNING, SLA_BREACH</td><td>caseNumber, urgency, target, due</td></tr>
 *   <tr><td>ESCALATION</td><td>caseNumber, fromTier, toTier, reason</td></tr>
 *   <tr><td>RISK_ALERT</td><td>caseNumber, risk, reason</td></tr>
 *   <tr><td>CALLBACK_DUE</td><td>caseNumber, due</td></tr>
 *   <tr><td>DELEGATION</td><td>caseNumber, type, typeEn, resolver</td></tr>
 *   <tr><td>DELEGATION_OVERDUE</td><td>caseNumber, resolver, due</td></tr>
 *   <tr><td>RECTIFICATION_ASSIGNED</td><td>caseNumber, aspect, due</td></tr>
 *   <tr><td>DEADLINE_CHANGE_NOTICE</td><td>caseNumber, was, due; optionally provisionalYears</td></tr>
 *   <tr><td>DEADLINE_REVISED</td><td>caseNumber, deadline, was, due</td></tr>
 *   <tr><td>ORDER_PARKED</td><td>caseNumber, entry, reason</td></tr>
 *   <tr><td>NOTIFICATION_PARKED</td><td>caseNumber, notice, reason</td></tr>
 * </table>
 *
 * <table>
 *   <caption>What each value holds</caption>
 *   <tr><th>Value</th><th>Holds</th><th>Shown as</th></tr>
 *   <tr><td>caseNumber</td><td>the case number (any form {@code CaseNumber.parse} reads), or empty when the case
 *       is not yet filed</td><td>{@code （2025）闽0322执1234号}; {@code 暂无} / {@code not yet filed}</td></tr>
 *   <tr><td>type, typeEn</td><td>the request type's Chinese and English name</td><td>as given</td></tr>
 *   <tr><td>urgency</td><td>an {@code Urgency} code</td><td>{@code 紧急} / {@code urgent}</td></tr>
 *   <tr><td>tier, fromTier, toTier</td><td>a {@code Tier} code</td><td>{@code 中心主任} / {@code centre
 *       director}</td></tr>
 *   <tr><td>due, was</td><td>an ISO-8601 date-time with offset, {@code 2026-03-05T17:00+08:00} ({@code was}: the
 *       date before a revision)</td><td>{@code 2026年3月5日17:00（北京时间）} / {@code 5 March 2026, 17:00
 *       (UTC+08:00)}</td></tr>
 *   <tr><td>deadline</td><td>a {@code DeadlineKind} code</td><td>{@code 委派化解} / {@code delegation}</td></tr>
 *   <tr><td>entry</td><td>a {@code DueKind} code</td><td>{@code 办结期限届满} / {@code resolution deadline}</td></tr>
 *   <tr><td>notice</td><td>a {@code NotificationKind} code</td><td>{@code 受理通知} / {@code acceptance
 *       notice}</td></tr>
 *   <tr><td>provisionalYears</td><td>the years a date was counted in without their holiday notice, {@code 2027}
 *       or {@code 2027,2028}; its presence adds the text of {@code PROVISIONAL_NOTE}</td><td>{@code 2027年} /
 *       {@code 2027}</td></tr>
 *   <tr><td>target</td><td>an SLA target code: {@code RESPONSE}, {@code RESOLUTION}, {@code CALLBACK}</td>
 *       <td>{@code 办结} / {@code resolution}</td></tr>
 *   <tr><td>risk</td><td>a {@code RiskKind} code</td><td>{@code 扬言信访} / {@code threatened petition}</td></tr>
 *   <tr><td>progress, result, reason</td><td>what the handler wrote: the progress note, the result, the reason
 *       for a rejection, escalation or risk flag</td><td>as written</td></tr>
 *   <tr><td>resolver</td><td>the resolver's display name (a delegation's target)</td><td>as given</td></tr>
 *   <tr><td>duplicateId</td><td>the id of a duplicate submission linked to this request as an urge; its presence
 *       selects the template {@code URGE_RECEIPT.linked}</td><td>as given</td></tr>
 * </table>
 *
 * <h2>Templates</h2>
 *
 * <p>A template file has, for each of {@code zh-CN} and {@code en}, a text for every key of {@link #templateKeys()}:
 * the kinds' names, {@code URGE_RECEIPT.linked}, the urge receipt that tells a party their new submission was
 * joined to the request already open, and {@code PROVISIONAL_NOTE}, the sentence added to a party's notice whose date
 * is provisional (it may use only {@code {provisionalYears}}, and must). A text may use the placeholders of {@link
 * #placeholdersOf} and must name its request by {@code {requestId}} or {@code {caseNumber}}; braces serve
 * placeholders only. Anything else is refused
 * when the file is loaded, with every problem listed as {@code file:line:column: language.key: problem}, so that a
 * bad file fails when the court deploys it and not when a party is waiting for a message.
 *
 * <p>The format is YAML rather than a properties file read by {@code ResourceBundle}: YAML is read as UTF-8 with no
 * escapes (a clerk writes Chinese as Chinese), keeps a comment beside each text, shows the two languages in one
 * file, and its parser gives the line of every key, which strict validation needs. No lookup by the machine's default
 * locale takes place anywhere.
 *
 * <h2>Personal data</h2>
 *
 * <p>Whoever creates a notification masks personal data in its values. As a second line of defence, rendering masks
 * anything in a value that looks like a mainland mobile number ({@code 138****5678}) or an 18-character resident
 * identity number ({@code 350***********1234}). The template texts themselves are the court's own words and are not
 * masked: a court may well print its own hotline.
 *
 * <p>Immutable and thread-safe.
 */
public final class NotificationTemplates {

  /** The default language: Simplified Chinese as written on the mainland. */
  public static final Locale DEFAULT_LANGUAGE = Language.ZH_CN.locale();

  private static final String SHIPPED_RESOURCE = "notification-templates.yaml";

  private final String sourceName;
  private final ImmutableMap<Language, ImmutableMap<String, Template>> templates;

  private NotificationTemplates(String sourceName, ImmutableMap<Language, ImmutableMap<String, Template>> templates) {
    this.sourceName = sourceName;
    this.templates = templates;
  }

  /**
   * The shipped templates, in zh-CN and en.
   *
   * @return the templates of {@code notification-templates.yaml}, not null
   */
  public static NotificationTemplates defaults() {
    return ShippedHolder.SHIPPED;
  }

  /**
   * Reads a court's template file, which must be UTF-8 (a byte-order mark is allowed).
   *
   * @param file the YAML file, not null
   * @return the templates, named after the file
   * @throws NullPointerException if {@code file} is null
   * @throws IllegalArgumentException if the file is not valid, listing every problem with its line
   * @throws UncheckedIOException if the file cannot be read
   */
  public static NotificationTemplates fromFile(Path file) {
    checkNotNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read notification templates " + file, e);
    }
  }

  /**
   * Reads a template file from a stream, which is read to its end and left open.
   *
   * @param in the YAML content, UTF-8, not null
   * @param sourceName what messages call the file, e.g. its path; not null
   * @return the templates
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the content is not valid, listing every problem with its line
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static NotificationTemplates from(InputStream in, String sourceName) {
    checkNotNull(in, "in");
    checkNotNull(sourceName, "sourceName");
    try {
      return read(in, sourceName);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read notification templates " + sourceName, e);
    }
  }

  private static NotificationTemplates read(InputStream in, String sourceName) throws IOException {
    String text;
    try {
      // Strict decoding: a file saved as GBK (the default of many Chinese Windows editors) must be refused with a
      // reason, not read as replacement characters that reach a party's phone.
      text =
          UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(in.readAllBytes()))
              .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(
          "notification templates " + sourceName + " are not UTF-8 text (saved as GBK?); nothing was loaded", e);
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return new NotificationTemplates(sourceName, TemplateFileReader.read(new StringReader(text), sourceName));
  }

  /**
   * These templates with one text replaced, checked as strictly as a file.
   *
   * @param language {@code zh-CN} or {@code en} (as {@link #render(Notification, Locale)} accepts them); not null
   * @param kind the kind whose template to replace (for {@code URGE_RECEIPT.linked}, use {@link #with(Locale,
   *     String, String)}); not null
   * @param template the new text; not null
   * @return new templates; this object is unchanged
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the language is not supported or the text is not valid for the kind
   */
  public NotificationTemplates with(Locale language, NotificationKind kind, String template) {
    checkNotNull(kind, "kind");
    return with(language, kind.name(), template);
  }

  /**
   * These templates with the text of one key replaced, checked as strictly as a file.
   *
   * @param language {@code zh-CN} or {@code en} (as {@link #render(Notification, Locale)} accepts them); not null
   * @param key a key of {@link #templateKeys()}; not null
   * @param template the new text; not null
   * @return new templates; this object is unchanged
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the language or key is unknown or the text is not valid for the key
   */
  public NotificationTemplates with(Locale language, String key, String template) {
    Language lang = Language.of(language);
    checkNotNull(key, "key");
    checkNotNull(template, "template");
    String name = lang.tag() + "." + key;
    checkArgument(
        TemplateCatalogue.isKey(key),
        "template %s: unknown template key '%s' (expected %s)",
        name,
        key,
        String.join(", ", TemplateCatalogue.keys()));
    List<String> problems = TemplateCatalogue.problems(key, template);
    checkArgument(problems.isEmpty(), "template %s: %s", name, String.join("; ", problems));
    Map<Language, ImmutableMap<String, Template>> changed = new EnumMap<>(templates);
    Map<String, Template> texts = new LinkedHashMap<>(changed.get(lang));
    texts.put(key, Template.parse(template));
    changed.put(lang, ImmutableMap.copyOf(texts));
    return new NotificationTemplates(sourceName + " with " + name + " changed", ImmutableMap.copyOf(changed));
  }

  /**
   * Renders a notification in the default language, {@code zh-CN}.
   *
   * @param notification the notification; not null
   * @return the text, with personal data in its values masked
   * @throws NullPointerException if {@code notification} is null
   * @throws IllegalArgumentException as {@link #render(Notification, Locale)}
   */
  public String render(Notification notification) {
    return render(notification, DEFAULT_LANGUAGE);
  }

  /**
   * Renders a notification: its kind's template in {@code language}, with every placeholder filled from the
   * notification's values and anything that looks like a phone or identity number masked. The values are checked
   * in full first, so a notification renders in every language or in none.
   *
   * @param notification the notification; not null
   * @param language {@code zh-CN} (also {@code zh}, {@code zh-Hans}, {@code zh-Hans-CN}) or {@code en} (in any
   *     region); not null
   * @return the text, not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the language is not supported (listing the supported ones), or a value of
   *     the kind is missing, unexpected or malformed (naming the notification's key, its kind and the value)
   */
  public String render(Notification notification, Locale language) {
    checkNotNull(notification, "notification");
    Language lang = Language.of(language);
    String key = TemplateCatalogue.keyFor(notification);
    String text = templates.get(lang).get(key).fill(name -> TemplateCatalogue.show(notification, name, lang));
    if (!notification.values().containsKey(TemplateCatalogue.PROVISIONAL_YEARS)) {
      return text;
    }
    // A provisional date says so, in the court's own words for it.
    return text + templates.get(lang).get(TemplateCatalogue.PROVISIONAL_NOTE)
        .fill(name -> TemplateCatalogue.show(notification, name, lang));
  }

  /**
   * The text of a template as written, placeholders included.
   *
   * @param language {@code zh-CN} or {@code en}, as {@link #render(Notification, Locale)} accepts them; not null
   * @param key a key of {@link #templateKeys()}; not null
   * @return the text, not null
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the language or key is unknown
   */
  public String template(Locale language, String key) {
    Language lang = Language.of(language);
    checkNotNull(key, "key");
    Template template = templates.get(lang).get(key);
    checkArgument(
        template != null,
        "unknown template key '%s' (expected %s)",
        key,
        String.join(", ", TemplateCatalogue.keys()));
    return template.text();
  }

  /**
   * The name of the file these templates were read from, e.g. {@code notification-templates.yaml}.
   *
   * @return the name, not null
   */
  public String sourceName() {
    return sourceName;
  }

  /**
   * The languages templates are written in: {@code zh-CN} (the default) and {@code en}.
   *
   * @return the languages, default first, not null
   */
  public static ImmutableList<Locale> languages() {
    ImmutableList.Builder<Locale> languages = ImmutableList.builder();
    for (Language language : Language.values()) {
      languages.add(language.locale());
    }
    return languages.build();
  }

  /**
   * The keys every template file has for each language: the names of the {@link NotificationKind}s in declaration
   * order, with {@code URGE_RECEIPT.linked} after {@code URGE_RECEIPT}.
   *
   * @return the keys, not null
   */
  public static ImmutableList<String> templateKeys() {
    return TemplateCatalogue.keys();
  }

  /**
   * The values a notification of {@code kind} must carry (see the class description for what each holds); {@code
   * requestId} is not among them, since it comes from the notification itself.
   *
   * @param kind the kind; not null
   * @return the names of the values, in documented order, not null
   * @throws NullPointerException if {@code kind} is null
   */
  public static ImmutableSet<String> valuesOf(NotificationKind kind) {
    checkNotNull(kind, "kind");
    return TemplateCatalogue.requiredValues(kind);
  }

  /**
   * The values a notification of {@code kind} may carry besides {@link #valuesOf}: {@code duplicateId} for {@code
   * URGE_RECEIPT}, nothing for the other kinds.
   *
   * @param kind the kind; not null
   * @return the names of the values, possibly empty, not null
   * @throws NullPointerException if {@code kind} is null
   */
  public static ImmutableSet<String> optionalValuesOf(NotificationKind kind) {
    checkNotNull(kind, "kind");
    return TemplateCatalogue.optionalValues(kind);
  }

  /**
   * The placeholders the template {@code key} may use: {@code requestId} and the values of its kind, with {@code
   * duplicateId} for {@code URGE_RECEIPT.linked} only.
   *
   * @param key a key of {@link #templateKeys()}; not null
   * @return the names, {@code requestId} first, not null
   * @throws NullPointerException if {@code key} is null
   * @throws IllegalArgumentException if the key is unknown
   */
  public static ImmutableSet<String> placeholdersOf(String key) {
    checkNotNull(key, "key");
    checkArgument(
        TemplateCatalogue.isKey(key),
        "unknown template key '%s' (expected %s)",
        key,
        String.join(", ", TemplateCatalogue.keys()));
    return TemplateCatalogue.placeholders(key);
  }

  /** {@code NotificationTemplates[source name]}. */
  @Override
  public String toString() {
    return "NotificationTemplates[" + sourceName + "]";
  }

  /** Loads the shipped file on first use; a broken shipped file is a build error, so it fails loudly here. */
  private static final class ShippedHolder {
    static final NotificationTemplates SHIPPED = loadShipped();

    private static NotificationTemplates loadShipped() {
      try (InputStream in = NotificationTemplates.class.getResourceAsStream(SHIPPED_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("shipped resource missing: " + SHIPPED_RESOURCE);
        }
        return read(in, SHIPPED_RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read shipped resource " + SHIPPED_RESOURCE, e);
      }
    }
  }
}
