/**
 */
package org.peerplan.model.catalog;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Survey Item Def</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An item of the recovery-orientation workplace survey, answered on a five-point agreement scale.
 * <!-- end-model-doc -->
 *
 *
 * @see org.peerplan.model.catalog.CatalogPackage#getSurveyItemDef()
 * @model
 * @generated
 */
public interface SurveyItemDef extends CatalogItem {
} // SurveyItemDef
