/**
 */
package org.peerplan.model;

import java.math.BigDecimal;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

import org.peerplan.model.catalog.ChecklistItemDef;
import org.peerplan.model.catalog.CourseDef;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Training Session</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.TrainingSession#getTitle <em>Title</em>}</li>
 *   <li>{@link org.peerplan.model.TrainingSession#getCourse <em>Course</em>}</li>
 *   <li>{@link org.peerplan.model.TrainingSession#getDate <em>Date</em>}</li>
 *   <li>{@link org.peerplan.model.TrainingSession#getAttendees <em>Attendees</em>}</li>
 *   <li>{@link org.peerplan.model.TrainingSession#getAdditionalAttendees <em>Additional Attendees</em>}</li>
 *   <li>{@link org.peerplan.model.TrainingSession#getCost <em>Cost</em>}</li>
 *   <li>{@link org.peerplan.model.TrainingSession#getCovers <em>Covers</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.PeerPlanPackage#getTrainingSession()
 * @model
 * @generated
 */
public interface TrainingSession extends EObject {
	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For sessions that are not on the course menu, such as the staff readiness training.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.peerplan.model.PeerPlanPackage#getTrainingSession_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.peerplan.model.TrainingSession#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Course</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Course</em>' reference.
	 * @see #setCourse(CourseDef)
	 * @see org.peerplan.model.PeerPlanPackage#getTrainingSession_Course()
	 * @model
	 * @generated
	 */
	CourseDef getCourse();

	/**
	 * Sets the value of the '{@link org.peerplan.model.TrainingSession#getCourse <em>Course</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Course</em>' reference.
	 * @see #getCourse()
	 * @generated
	 */
	void setCourse(CourseDef value);

	/**
	 * Returns the value of the '<em><b>Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Date</em>' attribute.
	 * @see #setDate(LocalDate)
	 * @see org.peerplan.model.PeerPlanPackage#getTrainingSession_Date()
	 * @model dataType="org.peerplan.model.LocalDate"
	 * @generated
	 */
	LocalDate getDate();

	/**
	 * Sets the value of the '{@link org.peerplan.model.TrainingSession#getDate <em>Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Date</em>' attribute.
	 * @see #getDate()
	 * @generated
	 */
	void setDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Attendees</b></em>' reference list.
	 * The list contents are of type {@link org.peerplan.model.Person}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Attendees</em>' reference list.
	 * @see org.peerplan.model.PeerPlanPackage#getTrainingSession_Attendees()
	 * @model
	 * @generated
	 */
	EList<Person> getAttendees();

	/**
	 * Returns the value of the '<em><b>Additional Attendees</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Attendees not named in the plan, such as line staff.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Additional Attendees</em>' attribute.
	 * @see #setAdditionalAttendees(int)
	 * @see org.peerplan.model.PeerPlanPackage#getTrainingSession_AdditionalAttendees()
	 * @model
	 * @generated
	 */
	int getAdditionalAttendees();

	/**
	 * Sets the value of the '{@link org.peerplan.model.TrainingSession#getAdditionalAttendees <em>Additional Attendees</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Additional Attendees</em>' attribute.
	 * @see #getAdditionalAttendees()
	 * @generated
	 */
	void setAdditionalAttendees(int value);

	/**
	 * Returns the value of the '<em><b>Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The cost of a session that is not on the menu; menu sessions are costed at list value.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cost</em>' attribute.
	 * @see #setCost(BigDecimal)
	 * @see org.peerplan.model.PeerPlanPackage#getTrainingSession_Cost()
	 * @model
	 * @generated
	 */
	BigDecimal getCost();

	/**
	 * Sets the value of the '{@link org.peerplan.model.TrainingSession#getCost <em>Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cost</em>' attribute.
	 * @see #getCost()
	 * @generated
	 */
	void setCost(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Covers</b></em>' reference list.
	 * The list contents are of type {@link org.peerplan.model.catalog.ChecklistItemDef}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Covers</em>' reference list.
	 * @see org.peerplan.model.PeerPlanPackage#getTrainingSession_Covers()
	 * @model
	 * @generated
	 */
	EList<ChecklistItemDef> getCovers();

} // TrainingSession
