package org.enforcementdesk.examples.dashboard;

/**
 * Escaping for text and attribute values. The page is written so that an XML parser accepts it as well as a browser
 * (void elements self-closed, only the five XML entities), so a test can check its structure; data such as causes
 * of action and handler ids come from parties and hosts and must never become markup.
 */
final class Html {

  private Html() {}

  /** {@code text} safe in element content and in quoted attribute values. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&':
          out.append("&amp;");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '"':
          out.append("&quot;");
          break;
        case '\'':
          out.append("&#39;");
          break;
        default:
          // Control characters other than tab and line ends are not allowed in XML 1.0 even as references.
          if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
            out.append(' ');
          } else {
            out.append(c);
          }
      }
    }
    return out.toString();
  }
}
