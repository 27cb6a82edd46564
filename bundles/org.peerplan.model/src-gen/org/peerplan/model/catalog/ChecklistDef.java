/**
 */
package org.peerplan.model.catalog;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Checklist Def</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A named list of guidance items, such as the readiness-training elements or the orientation topics.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.catalog.ChecklistDef#getItems <em>Items</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.catalog.CatalogPackage#getChecklistDef()
 * @model
 * @generated
 */
public interface ChecklistDef extends CatalogItem {
	/**
	 * Returns the value of the '<em><b>Items</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.catalog.ChecklistItemDef}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Items</em>' containment reference list.
	 * @see org.peerplan.model.catalog.CatalogPackage#getChecklistDef_Items()
	 * @model containment="true"
	 * @generated
	 */
	EList<ChecklistItemDef> getItems();

} // ChecklistDef
