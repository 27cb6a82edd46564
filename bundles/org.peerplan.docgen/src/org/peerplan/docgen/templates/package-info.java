/**
 * Velocity templates in a sandbox. A template sees only the values the engine computed (maps, lists, strings,
 * numbers, booleans, dates), cannot reach classes, class loaders, files or processes, and every value it inserts is
 * escaped for the output format unless the engine marked it {@link org.peerplan.docgen.templates.Trusted}. Templates
 * come from a folder the user names first, then from the built-in set.
 */
package org.peerplan.docgen.templates;
