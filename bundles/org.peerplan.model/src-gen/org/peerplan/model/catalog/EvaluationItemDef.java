/**
 */
package org.peerplan.model.catalog;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Evaluation Item Def</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see org.peerplan.model.catalog.CatalogPackage#getEvaluationItemDef()
 * @model
 * @generated
 */
public interface EvaluationItemDef extends CatalogItem {
} // EvaluationItemDef
