/**
 */
package org.peerplan.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Plan Of Action</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.PlanOfAction#getEmployee <em>Employee</em>}</li>
 *   <li>{@link org.peerplan.model.PlanOfAction#getArea <em>Area</em>}</li>
 *   <li>{@link org.peerplan.model.PlanOfAction#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.peerplan.model.PlanOfAction#getEndDate <em>End Date</em>}</li>
 *   <li>{@link org.peerplan.model.PlanOfAction#getOutcome <em>Outcome</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.PeerPlanPackage#getPlanOfAction()
 * @model
 * @generated
 */
public interface PlanOfAction extends EObject {
	/**
	 * Returns the value of the '<em><b>Employee</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Employee</em>' reference.
	 * @see #setEmployee(Person)
	 * @see org.peerplan.model.PeerPlanPackage#getPlanOfAction_Employee()
	 * @model required="true"
	 * @generated
	 */
	Person getEmployee();

	/**
	 * Sets the value of the '{@link org.peerplan.model.PlanOfAction#getEmployee <em>Employee</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Employee</em>' reference.
	 * @see #getEmployee()
	 * @generated
	 */
	void setEmployee(Person value);

	/**
	 * Returns the value of the '<em><b>Area</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Area</em>' attribute.
	 * @see #setArea(String)
	 * @see org.peerplan.model.PeerPlanPackage#getPlanOfAction_Area()
	 * @model annotation="http://www.peerplan.org/personal-data kind='evaluation'"
	 * @generated
	 */
	String getArea();

	/**
	 * Sets the value of the '{@link org.peerplan.model.PlanOfAction#getArea <em>Area</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Area</em>' attribute.
	 * @see #getArea()
	 * @generated
	 */
	void setArea(String value);

	/**
	 * Returns the value of the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Date</em>' attribute.
	 * @see #setStartDate(LocalDate)
	 * @see org.peerplan.model.PeerPlanPackage#getPlanOfAction_StartDate()
	 * @model dataType="org.peerplan.model.LocalDate"
	 * @generated
	 */
	LocalDate getStartDate();

	/**
	 * Sets the value of the '{@link org.peerplan.model.PlanOfAction#getStartDate <em>Start Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Date</em>' attribute.
	 * @see #getStartDate()
	 * @generated
	 */
	void setStartDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>End Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End Date</em>' attribute.
	 * @see #setEndDate(LocalDate)
	 * @see org.peerplan.model.PeerPlanPackage#getPlanOfAction_EndDate()
	 * @model dataType="org.peerplan.model.LocalDate"
	 * @generated
	 */
	LocalDate getEndDate();

	/**
	 * Sets the value of the '{@link org.peerplan.model.PlanOfAction#getEndDate <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Date</em>' attribute.
	 * @see #getEndDate()
	 * @generated
	 */
	void setEndDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Outcome</b></em>' attribute.
	 * The literals are from the enumeration {@link org.peerplan.model.PlanOfActionOutcome}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Outcome</em>' attribute.
	 * @see org.peerplan.model.PlanOfActionOutcome
	 * @see #setOutcome(PlanOfActionOutcome)
	 * @see org.peerplan.model.PeerPlanPackage#getPlanOfAction_Outcome()
	 * @model annotation="http://www.peerplan.org/personal-data kind='evaluation'"
	 * @generated
	 */
	PlanOfActionOutcome getOutcome();

	/**
	 * Sets the value of the '{@link org.peerplan.model.PlanOfAction#getOutcome <em>Outcome</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Outcome</em>' attribute.
	 * @see org.peerplan.model.PlanOfActionOutcome
	 * @see #getOutcome()
	 * @generated
	 */
	void setOutcome(PlanOfActionOutcome value);

} // PlanOfAction
