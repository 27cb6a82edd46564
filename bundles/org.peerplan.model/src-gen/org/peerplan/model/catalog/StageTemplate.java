/**
 */
package org.peerplan.model.catalog;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Stage Template</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A stage or phase of implementation with the tasks the guidance recommends.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.catalog.StageTemplate#getKind <em>Kind</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.StageTemplate#getSequence <em>Sequence</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.StageTemplate#getTasks <em>Tasks</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.catalog.CatalogPackage#getStageTemplate()
 * @model
 * @generated
 */
public interface StageTemplate extends CatalogItem {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.peerplan.model.catalog.ImplementationStage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.peerplan.model.catalog.ImplementationStage
	 * @see #setKind(ImplementationStage)
	 * @see org.peerplan.model.catalog.CatalogPackage#getStageTemplate_Kind()
	 * @model
	 * @generated
	 */
	ImplementationStage getKind();

	/**
	 * Sets the value of the '{@link org.peerplan.model.catalog.StageTemplate#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.peerplan.model.catalog.ImplementationStage
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ImplementationStage value);

	/**
	 * Returns the value of the '<em><b>Sequence</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sequence</em>' attribute.
	 * @see #setSequence(int)
	 * @see org.peerplan.model.catalog.CatalogPackage#getStageTemplate_Sequence()
	 * @model
	 * @generated
	 */
	int getSequence();

	/**
	 * Sets the value of the '{@link org.peerplan.model.catalog.StageTemplate#getSequence <em>Sequence</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Sequence</em>' attribute.
	 * @see #getSequence()
	 * @generated
	 */
	void setSequence(int value);

	/**
	 * Returns the value of the '<em><b>Tasks</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.catalog.TaskTemplate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tasks</em>' containment reference list.
	 * @see org.peerplan.model.catalog.CatalogPackage#getStageTemplate_Tasks()
	 * @model containment="true"
	 * @generated
	 */
	EList<TaskTemplate> getTasks();

} // StageTemplate
