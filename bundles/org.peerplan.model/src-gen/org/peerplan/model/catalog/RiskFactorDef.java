/**
 */
package org.peerplan.model.catalog;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Risk Factor Def</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One of the thirteen psychosocial risk factors at work.
 * <!-- end-model-doc -->
 *
 *
 * @see org.peerplan.model.catalog.CatalogPackage#getRiskFactorDef()
 * @model
 * @generated
 */
public interface RiskFactorDef extends CatalogItem {
} // RiskFactorDef
