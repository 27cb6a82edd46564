/**
 * The JFace adapters over the item providers that EMF's edit.ui would supply, were it on Maven Central: tree content
 * and labels, grid columns bound to features, cell editors that read typed values or refuse them with a sentence, and
 * the property sources through which Eclipse's Properties view edits any plan element.
 */
package org.peerplan.ui.jface;
