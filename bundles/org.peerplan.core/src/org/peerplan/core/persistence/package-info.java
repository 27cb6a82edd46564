/**
 * Reading and writing {@code .peerplan} files: XMI with stable identifiers, loaded without document type declarations
 * (so no external entity is ever resolved and no entity expansion can run), and saved through a temporary file that
 * replaces the original only once it is complete, keeping the previous version as a backup.
 */
package org.peerplan.core.persistence;
