/**
 * Hand-written behaviour over the generated item providers, which are never edited: a decorating adapter factory that
 * gives every generated provider the consultant's words (Sirius's {@code *Spec} idea, with one decorator instead of a
 * subclass per class).
 */
package org.peerplan.model.provider.spec;
