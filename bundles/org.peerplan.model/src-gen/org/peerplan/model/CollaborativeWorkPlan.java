/**
 */
package org.peerplan.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Collaborative Work Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.CollaborativeWorkPlan#getEmployee <em>Employee</em>}</li>
 *   <li>{@link org.peerplan.model.CollaborativeWorkPlan#getManager <em>Manager</em>}</li>
 *   <li>{@link org.peerplan.model.CollaborativeWorkPlan#getStartDate <em>Start Date</em>}</li>
 *   <li>{@link org.peerplan.model.CollaborativeWorkPlan#getEndDate <em>End Date</em>}</li>
 *   <li>{@link org.peerplan.model.CollaborativeWorkPlan#getExpirationDate <em>Expiration Date</em>}</li>
 *   <li>{@link org.peerplan.model.CollaborativeWorkPlan#getMeetingFrequency <em>Meeting Frequency</em>}</li>
 *   <li>{@link org.peerplan.model.CollaborativeWorkPlan#getMeetingMinutes <em>Meeting Minutes</em>}</li>
 *   <li>{@link org.peerplan.model.CollaborativeWorkPlan#getMeetingDay <em>Meeting Day</em>}</li>
 *   <li>{@link org.peerplan.model.CollaborativeWorkPlan#getMeetingTime <em>Meeting Time</em>}</li>
 *   <li>{@link org.peerplan.model.CollaborativeWorkPlan#getBasics <em>Basics</em>}</li>
 *   <li>{@link org.peerplan.model.CollaborativeWorkPlan#getNeeds <em>Needs</em>}</li>
 *   <li>{@link org.peerplan.model.CollaborativeWorkPlan#getSteps <em>Steps</em>}</li>
 *   <li>{@link org.peerplan.model.CollaborativeWorkPlan#getSuccessIndicators <em>Success Indicators</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.PeerPlanPackage#getCollaborativeWorkPlan()
 * @model
 * @generated
 */
public interface CollaborativeWorkPlan extends EObject {
	/**
	 * Returns the value of the '<em><b>Employee</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Employee</em>' reference.
	 * @see #setEmployee(Person)
	 * @see org.peerplan.model.PeerPlanPackage#getCollaborativeWorkPlan_Employee()
	 * @model required="true"
	 * @generated
	 */
	Person getEmployee();

	/**
	 * Sets the value of the '{@link org.peerplan.model.CollaborativeWorkPlan#getEmployee <em>Employee</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Employee</em>' reference.
	 * @see #getEmployee()
	 * @generated
	 */
	void setEmployee(Person value);

	/**
	 * Returns the value of the '<em><b>Manager</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Manager</em>' reference.
	 * @see #setManager(Person)
	 * @see org.peerplan.model.PeerPlanPackage#getCollaborativeWorkPlan_Manager()
	 * @model
	 * @generated
	 */
	Person getManager();

	/**
	 * Sets the value of the '{@link org.peerplan.model.CollaborativeWorkPlan#getManager <em>Manager</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Manager</em>' reference.
	 * @see #getManager()
	 * @generated
	 */
	void setManager(Person value);

	/**
	 * Returns the value of the '<em><b>Start Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Date</em>' attribute.
	 * @see #setStartDate(LocalDate)
	 * @see org.peerplan.model.PeerPlanPackage#getCollaborativeWorkPlan_StartDate()
	 * @model dataType="org.peerplan.model.LocalDate"
	 * @generated
	 */
	LocalDate getStartDate();

	/**
	 * Sets the value of the '{@link org.peerplan.model.CollaborativeWorkPlan#getStartDate <em>Start Date</em>}' attribute.
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
	 * @see org.peerplan.model.PeerPlanPackage#getCollaborativeWorkPlan_EndDate()
	 * @model dataType="org.peerplan.model.LocalDate"
	 * @generated
	 */
	LocalDate getEndDate();

	/**
	 * Sets the value of the '{@link org.peerplan.model.CollaborativeWorkPlan#getEndDate <em>End Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Date</em>' attribute.
	 * @see #getEndDate()
	 * @generated
	 */
	void setEndDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Expiration Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Expiration Date</em>' attribute.
	 * @see #setExpirationDate(LocalDate)
	 * @see org.peerplan.model.PeerPlanPackage#getCollaborativeWorkPlan_ExpirationDate()
	 * @model dataType="org.peerplan.model.LocalDate"
	 * @generated
	 */
	LocalDate getExpirationDate();

	/**
	 * Sets the value of the '{@link org.peerplan.model.CollaborativeWorkPlan#getExpirationDate <em>Expiration Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expiration Date</em>' attribute.
	 * @see #getExpirationDate()
	 * @generated
	 */
	void setExpirationDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Meeting Frequency</b></em>' attribute.
	 * The literals are from the enumeration {@link org.peerplan.model.CheckInFrequency}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Meeting Frequency</em>' attribute.
	 * @see org.peerplan.model.CheckInFrequency
	 * @see #setMeetingFrequency(CheckInFrequency)
	 * @see org.peerplan.model.PeerPlanPackage#getCollaborativeWorkPlan_MeetingFrequency()
	 * @model
	 * @generated
	 */
	CheckInFrequency getMeetingFrequency();

	/**
	 * Sets the value of the '{@link org.peerplan.model.CollaborativeWorkPlan#getMeetingFrequency <em>Meeting Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Meeting Frequency</em>' attribute.
	 * @see org.peerplan.model.CheckInFrequency
	 * @see #getMeetingFrequency()
	 * @generated
	 */
	void setMeetingFrequency(CheckInFrequency value);

	/**
	 * Returns the value of the '<em><b>Meeting Minutes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Meeting Minutes</em>' attribute.
	 * @see #setMeetingMinutes(int)
	 * @see org.peerplan.model.PeerPlanPackage#getCollaborativeWorkPlan_MeetingMinutes()
	 * @model
	 * @generated
	 */
	int getMeetingMinutes();

	/**
	 * Sets the value of the '{@link org.peerplan.model.CollaborativeWorkPlan#getMeetingMinutes <em>Meeting Minutes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Meeting Minutes</em>' attribute.
	 * @see #getMeetingMinutes()
	 * @generated
	 */
	void setMeetingMinutes(int value);

	/**
	 * Returns the value of the '<em><b>Meeting Day</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Meeting Day</em>' attribute.
	 * @see #setMeetingDay(String)
	 * @see org.peerplan.model.PeerPlanPackage#getCollaborativeWorkPlan_MeetingDay()
	 * @model
	 * @generated
	 */
	String getMeetingDay();

	/**
	 * Sets the value of the '{@link org.peerplan.model.CollaborativeWorkPlan#getMeetingDay <em>Meeting Day</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Meeting Day</em>' attribute.
	 * @see #getMeetingDay()
	 * @generated
	 */
	void setMeetingDay(String value);

	/**
	 * Returns the value of the '<em><b>Meeting Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Meeting Time</em>' attribute.
	 * @see #setMeetingTime(String)
	 * @see org.peerplan.model.PeerPlanPackage#getCollaborativeWorkPlan_MeetingTime()
	 * @model
	 * @generated
	 */
	String getMeetingTime();

	/**
	 * Sets the value of the '{@link org.peerplan.model.CollaborativeWorkPlan#getMeetingTime <em>Meeting Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Meeting Time</em>' attribute.
	 * @see #getMeetingTime()
	 * @generated
	 */
	void setMeetingTime(String value);

	/**
	 * Returns the value of the '<em><b>Basics</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.DevelopmentPlanAnswer}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Basics</em>' containment reference list.
	 * @see org.peerplan.model.PeerPlanPackage#getCollaborativeWorkPlan_Basics()
	 * @model containment="true"
	 * @generated
	 */
	EList<DevelopmentPlanAnswer> getBasics();

	/**
	 * Returns the value of the '<em><b>Needs</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.WorkPlanNeed}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Needs</em>' containment reference list.
	 * @see org.peerplan.model.PeerPlanPackage#getCollaborativeWorkPlan_Needs()
	 * @model containment="true"
	 * @generated
	 */
	EList<WorkPlanNeed> getNeeds();

	/**
	 * Returns the value of the '<em><b>Steps</b></em>' containment reference list.
	 * The list contents are of type {@link org.peerplan.model.WorkPlanStep}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Steps</em>' containment reference list.
	 * @see org.peerplan.model.PeerPlanPackage#getCollaborativeWorkPlan_Steps()
	 * @model containment="true"
	 * @generated
	 */
	EList<WorkPlanStep> getSteps();

	/**
	 * Returns the value of the '<em><b>Success Indicators</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Success Indicators</em>' attribute.
	 * @see #setSuccessIndicators(String)
	 * @see org.peerplan.model.PeerPlanPackage#getCollaborativeWorkPlan_SuccessIndicators()
	 * @model annotation="http://www.peerplan.org/personal-data kind='evaluation'"
	 * @generated
	 */
	String getSuccessIndicators();

	/**
	 * Sets the value of the '{@link org.peerplan.model.CollaborativeWorkPlan#getSuccessIndicators <em>Success Indicators</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Success Indicators</em>' attribute.
	 * @see #getSuccessIndicators()
	 * @generated
	 */
	void setSuccessIndicators(String value);

} // CollaborativeWorkPlan
