/**
 */
package org.peerplan.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

import org.peerplan.model.catalog.ImplementationStage;
import org.peerplan.model.catalog.StageTemplate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Stage</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.Stage#getName <em>Name</em>}</li>
 *   <li>{@link org.peerplan.model.Stage#getKind <em>Kind</em>}</li>
 *   <li>{@link org.peerplan.model.Stage#getTemplate <em>Template</em>}</li>
 *   <li>{@link org.peerplan.model.Stage#getTasks <em>Tasks</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.PeerPlanPackage#getStage()
 * @model
 * @generated
 */
public interface Stage extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.peerplan.model.PeerPlanPackage#getStage_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Stage#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The literals are from the enumeration {@link org.peerplan.model.catalog.ImplementationStage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.peerplan.model.catalog.ImplementationStage
	 * @see #setKind(ImplementationStage)
	 * @see org.peerplan.model.PeerPlanPackage#getStage_Kind()
	 * @model
	 * @generated
	 */
	ImplementationStage getKind();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Stage#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.peerplan.model.catalog.ImplementationStage
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ImplementationStage value);

	/**
	 * Returns the value of the '<em><b>Template</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Template</em>' reference.
	 * @see #setTemplate(StageTemplate)
	 * @see org.peerplan.model.PeerPlanPackage#getStage_Template()
	 * @model
	 * @generated
	 */
	StageTemplate getTemplate();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Stage#getTemplate <em>Template</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Template</em>' reference.
	 * @see #getTemplate()
	 * @generated
	 */
	void setTemplate(StageTemplate value);

	/**
	 * Returns the value of the '<em><b>Tasks</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.Task}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tasks</em>' containment reference list.
	 * @see org.peerplan.model.PeerPlanPackage#getStage_Tasks()
	 * @model containment="true"
	 * @generated
	 */
	EList<Task> getTasks();

} // Stage
