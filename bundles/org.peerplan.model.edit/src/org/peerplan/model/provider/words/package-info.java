/**
 * The consultant's words for plans: what elements, features, enumeration literals and values are called wherever a
 * person reads them (the workbench, pickers, command names), and how typed text becomes a value.
 */
package org.peerplan.model.provider.words;
