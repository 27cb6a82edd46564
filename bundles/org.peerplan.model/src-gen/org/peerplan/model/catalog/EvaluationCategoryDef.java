/**
 */
package org.peerplan.model.catalog;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Evaluation Category Def</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A category of the sample peer employee performance evaluation.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.catalog.EvaluationCategoryDef#getItems <em>Items</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.catalog.CatalogPackage#getEvaluationCategoryDef()
 * @model
 * @generated
 */
public interface EvaluationCategoryDef extends CatalogItem {
	/**
	 * Returns the value of the '<em><b>Items</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.catalog.EvaluationItemDef}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Items</em>' containment reference list.
	 * @see org.peerplan.model.catalog.CatalogPackage#getEvaluationCategoryDef_Items()
	 * @model containment="true"
	 * @generated
	 */
	EList<EvaluationItemDef> getItems();

} // EvaluationCategoryDef
