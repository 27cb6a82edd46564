/**
 */
package org.peerplan.model.catalog;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Assessment Question Def</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see org.peerplan.model.catalog.CatalogPackage#getAssessmentQuestionDef()
 * @model
 * @generated
 */
public interface AssessmentQuestionDef extends CatalogItem {
} // AssessmentQuestionDef
