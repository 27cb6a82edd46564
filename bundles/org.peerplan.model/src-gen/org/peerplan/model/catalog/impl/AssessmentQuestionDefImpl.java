/**
 */
package org.peerplan.model.catalog.impl;

import org.eclipse.emf.ecore.EClass;

import org.peerplan.model.catalog.AssessmentQuestionDef;
import org.peerplan.model.catalog.CatalogPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Assessment Question Def</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class AssessmentQuestionDefImpl extends CatalogItemImpl implements AssessmentQuestionDef {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected AssessmentQuestionDefImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CatalogPackage.Literals.ASSESSMENT_QUESTION_DEF;
	}

} //AssessmentQuestionDefImpl
