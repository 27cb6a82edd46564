/**
 */
package org.peerplan.model;

import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

import org.peerplan.model.catalog.ChecklistItemDef;
import org.peerplan.model.catalog.Citation;
import org.peerplan.model.catalog.TaskTemplate;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Task</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.Task#getName <em>Name</em>}</li>
 *   <li>{@link org.peerplan.model.Task#getDescription <em>Description</em>}</li>
 *   <li>{@link org.peerplan.model.Task#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.peerplan.model.Task#getStart <em>Start</em>}</li>
 *   <li>{@link org.peerplan.model.Task#getDurationDays <em>Duration Days</em>}</li>
 *   <li>{@link org.peerplan.model.Task#getDependsOn <em>Depends On</em>}</li>
 *   <li>{@link org.peerplan.model.Task#getStatus <em>Status</em>}</li>
 *   <li>{@link org.peerplan.model.Task#isMilestone <em>Milestone</em>}</li>
 *   <li>{@link org.peerplan.model.Task#getDeliverable <em>Deliverable</em>}</li>
 *   <li>{@link org.peerplan.model.Task#getGuidance <em>Guidance</em>}</li>
 *   <li>{@link org.peerplan.model.Task#getTemplate <em>Template</em>}</li>
 *   <li>{@link org.peerplan.model.Task#getCovers <em>Covers</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.PeerPlanPackage#getTask()
 * @model
 * @generated
 */
public interface Task extends EObject {
	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.peerplan.model.PeerPlanPackage#getTask_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Task#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.peerplan.model.PeerPlanPackage#getTask_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Task#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(Person)
	 * @see org.peerplan.model.PeerPlanPackage#getTask_Owner()
	 * @model
	 * @generated
	 */
	Person getOwner();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Task#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(Person value);

	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A fixed start; when empty the start follows from the dependencies.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(LocalDate)
	 * @see org.peerplan.model.PeerPlanPackage#getTask_Start()
	 * @model dataType="org.peerplan.model.LocalDate"
	 * @generated
	 */
	LocalDate getStart();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Task#getStart <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' attribute.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Duration Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Working days: weekends and the agency's holidays are not counted; 0 for a milestone.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Duration Days</em>' attribute.
	 * @see #setDurationDays(int)
	 * @see org.peerplan.model.PeerPlanPackage#getTask_DurationDays()
	 * @model
	 * @generated
	 */
	int getDurationDays();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Task#getDurationDays <em>Duration Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration Days</em>' attribute.
	 * @see #getDurationDays()
	 * @generated
	 */
	void setDurationDays(int value);

	/**
	 * Returns the value of the '<em><b>Depends On</b></em>' reference list.
	 * The list contents are of type {@link org.peerplan.model.Task}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Depends On</em>' reference list.
	 * @see org.peerplan.model.PeerPlanPackage#getTask_DependsOn()
	 * @model
	 * @generated
	 */
	EList<Task> getDependsOn();

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.peerplan.model.TaskStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.peerplan.model.TaskStatus
	 * @see #setStatus(TaskStatus)
	 * @see org.peerplan.model.PeerPlanPackage#getTask_Status()
	 * @model
	 * @generated
	 */
	TaskStatus getStatus();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Task#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.peerplan.model.TaskStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(TaskStatus value);

	/**
	 * Returns the value of the '<em><b>Milestone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Milestone</em>' attribute.
	 * @see #setMilestone(boolean)
	 * @see org.peerplan.model.PeerPlanPackage#getTask_Milestone()
	 * @model
	 * @generated
	 */
	boolean isMilestone();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Task#isMilestone <em>Milestone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Milestone</em>' attribute.
	 * @see #isMilestone()
	 * @generated
	 */
	void setMilestone(boolean value);

	/**
	 * Returns the value of the '<em><b>Deliverable</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Deliverable</em>' attribute.
	 * @see #setDeliverable(String)
	 * @see org.peerplan.model.PeerPlanPackage#getTask_Deliverable()
	 * @model
	 * @generated
	 */
	String getDeliverable();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Task#getDeliverable <em>Deliverable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deliverable</em>' attribute.
	 * @see #getDeliverable()
	 * @generated
	 */
	void setDeliverable(String value);

	/**
	 * Returns the value of the '<em><b>Guidance</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Guidance</em>' containment reference.
	 * @see #setGuidance(Citation)
	 * @see org.peerplan.model.PeerPlanPackage#getTask_Guidance()
	 * @model containment="true"
	 * @generated
	 */
	Citation getGuidance();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Task#getGuidance <em>Guidance</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Guidance</em>' containment reference.
	 * @see #getGuidance()
	 * @generated
	 */
	void setGuidance(Citation value);

	/**
	 * Returns the value of the '<em><b>Template</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Template</em>' reference.
	 * @see #setTemplate(TaskTemplate)
	 * @see org.peerplan.model.PeerPlanPackage#getTask_Template()
	 * @model
	 * @generated
	 */
	TaskTemplate getTemplate();

	/**
	 * Sets the value of the '{@link org.peerplan.model.Task#getTemplate <em>Template</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Template</em>' reference.
	 * @see #getTemplate()
	 * @generated
	 */
	void setTemplate(TaskTemplate value);

	/**
	 * Returns the value of the '<em><b>Covers</b></em>' reference list.
	 * The list contents are of type {@link org.peerplan.model.catalog.ChecklistItemDef}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Covers</em>' reference list.
	 * @see org.peerplan.model.PeerPlanPackage#getTask_Covers()
	 * @model
	 * @generated
	 */
	EList<ChecklistItemDef> getCovers();

} // Task
