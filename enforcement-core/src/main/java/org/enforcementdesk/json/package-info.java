/**
 * JSON and YAML for the library's public types, with Jackson: {@link org.enforcementdesk.json.EnforcementJson} reads
 * and writes requests, {@link org.enforcementdesk.json.EnforcementJsonModule} plugs the same codecs into a host's own
 * {@code ObjectMapper}, and {@link org.enforcementdesk.json.TaxonomyFile} reads taxonomy data files.
 *
 * <p>Input is strict: an unknown property, a value of the wrong type, a malformed value or a missing required field
 * fails with a {@link org.enforcementdesk.json.JsonInputException} that names the JSON path ({@code
 * $.requester.phone}) and says what was expected. Facts a court adds inside {@code facts} are the one open place:
 * they are kept as they came. Instants are ISO-8601 with their offset, and keep it.
 *
 * <p>This room may import everything it serialises.
 */
package org.enforcementdesk.json;
