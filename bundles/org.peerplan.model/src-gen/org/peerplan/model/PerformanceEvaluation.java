/**
 */
package org.peerplan.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Performance Evaluation</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.PerformanceEvaluation#getEmployee <em>Employee</em>}</li>
 *   <li>{@link org.peerplan.model.PerformanceEvaluation#getRole <em>Role</em>}</li>
 *   <li>{@link org.peerplan.model.PerformanceEvaluation#getDate <em>Date</em>}</li>
 *   <li>{@link org.peerplan.model.PerformanceEvaluation#getRatings <em>Ratings</em>}</li>
 *   <li>{@link org.peerplan.model.PerformanceEvaluation#getComments <em>Comments</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.PeerPlanPackage#getPerformanceEvaluation()
 * @model
 * @generated
 */
public interface PerformanceEvaluation extends EObject {
	/**
	 * Returns the value of the '<em><b>Employee</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Employee</em>' reference.
	 * @see #setEmployee(Person)
	 * @see org.peerplan.model.PeerPlanPackage#getPerformanceEvaluation_Employee()
	 * @model required="true"
	 * @generated
	 */
	Person getEmployee();

	/**
	 * Sets the value of the '{@link org.peerplan.model.PerformanceEvaluation#getEmployee <em>Employee</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Employee</em>' reference.
	 * @see #getEmployee()
	 * @generated
	 */
	void setEmployee(Person value);

	/**
	 * Returns the value of the '<em><b>Role</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Role</em>' reference.
	 * @see #setRole(PeerRole)
	 * @see org.peerplan.model.PeerPlanPackage#getPerformanceEvaluation_Role()
	 * @model
	 * @generated
	 */
	PeerRole getRole();

	/**
	 * Sets the value of the '{@link org.peerplan.model.PerformanceEvaluation#getRole <em>Role</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Role</em>' reference.
	 * @see #getRole()
	 * @generated
	 */
	void setRole(PeerRole value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.peerplan.model.PeerPlanPackage#getPerformanceEvaluation_Date()
	 * @model dataType="org.peerplan.model.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.peerplan.model.PerformanceEvaluation#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Ratings</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.EvaluationEntry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ratings</em>' containment reference list.
	 * @see org.peerplan.model.PeerPlanPackage#getPerformanceEvaluation_Ratings()
	 * @model containment="true"
	 * @generated
	 */
	EList<EvaluationEntry> getRatings();

	/**
	 * Returns the value of the '<em><b>Comments</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.CategoryComment}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Comments</em>' containment reference list.
	 * @see org.peerplan.model.PeerPlanPackage#getPerformanceEvaluation_Comments()
	 * @model containment="true"
	 * @generated
	 */
	EList<CategoryComment> getComments();

} // PerformanceEvaluation
