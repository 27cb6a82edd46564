/**
 */
package org.peerplan.model.catalog;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Checklist Item Def</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see org.peerplan.model.catalog.CatalogPackage#getChecklistItemDef()
 * @model
 * @generated
 */
public interface ChecklistItemDef extends CatalogItem {
} // ChecklistItemDef
