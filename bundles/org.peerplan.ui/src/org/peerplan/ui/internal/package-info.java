/**
 * The PeerPlan workbench: an RCP application whose Plan Explorer shows a plan through the generated EMF item
 * providers and whose Details view lists the selected element's properties. The JFace providers that EMF's edit.ui
 * bundle would supply are written here, since that bundle is not published on Maven Central.
 */
package org.peerplan.ui.internal;
