/**
 */
package org.peerplan.model.catalog.impl;

import org.eclipse.emf.ecore.EClass;

import org.peerplan.model.catalog.CatalogPackage;
import org.peerplan.model.catalog.SurveyItemDef;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Survey Item Def</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class SurveyItemDefImpl extends CatalogItemImpl implements SurveyItemDef {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SurveyItemDefImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CatalogPackage.Literals.SURVEY_ITEM_DEF;
	}

} //SurveyItemDefImpl
