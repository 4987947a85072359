/**
 * Value types of the enforcement-request domain: case numbers (案号), channels, parties, the taxonomy of categories
 * and request types, urgency, handling tiers, risk kinds, evaluation aspects and ratings, and the request itself.
 *
 * <p>This is the innermost room: it imports the JDK and Guava only. Every type validates at construction, so a value
 * that exists is a valid value. Reading and writing these types as JSON or YAML lives in
 * {@link org.enforcementdesk.json}.
 */
package org.enforcementdesk.model;
