/**
 * Who may read what: the kinds of personal data a plan holds (marked on the metamodel's features, read here), the
 * audiences documents are made for, and the redacted copy of a plan that an audience may see. Documents, diagrams
 * and exports made for an audience are made from that copy, so no template has to remember what to leave out.
 */
package org.peerplan.core.privacy;
