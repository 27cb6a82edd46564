/**
 */
package org.peerplan.model.catalog.impl;

import org.eclipse.emf.ecore.EClass;

import org.peerplan.model.catalog.CatalogPackage;
import org.peerplan.model.catalog.EvaluationItemDef;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Evaluation Item Def</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class EvaluationItemDefImpl extends CatalogItemImpl implements EvaluationItemDef {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected EvaluationItemDefImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CatalogPackage.Literals.EVALUATION_ITEM_DEF;
	}

} //EvaluationItemDefImpl
