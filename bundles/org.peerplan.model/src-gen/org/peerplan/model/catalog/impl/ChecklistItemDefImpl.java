/**
 */
package org.peerplan.model.catalog.impl;

import org.eclipse.emf.ecore.EClass;

import org.peerplan.model.catalog.CatalogPackage;
import org.peerplan.model.catalog.ChecklistItemDef;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Checklist Item Def</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class ChecklistItemDefImpl extends CatalogItemImpl implements ChecklistItemDef {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ChecklistItemDefImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CatalogPackage.Literals.CHECKLIST_ITEM_DEF;
	}

} //ChecklistItemDefImpl
