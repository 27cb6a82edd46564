/**
 * What a plan still lacks before its documents can draw conclusions from it: per area, the facts present and the ones
 * missing, each with who should supply it. Documents, the summary and the workbench read it instead of guessing from
 * an empty value.
 */
package org.peerplan.core.completeness;
