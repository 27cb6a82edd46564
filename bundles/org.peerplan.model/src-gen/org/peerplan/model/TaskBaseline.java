/**
 */
package org.peerplan.model;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Task Baseline</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One task as planned when the baseline was set, known by its identity in the file so that a rename or a removal leaves the record as it was.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.TaskBaseline#getTaskId <em>Task Id</em>}</li>
 *   <li>{@link org.peerplan.model.TaskBaseline#getName <em>Name</em>}</li>
 *   <li>{@link org.peerplan.model.TaskBaseline#getStage <em>Stage</em>}</li>
 *   <li>{@link org.peerplan.model.TaskBaseline#getStart <em>Start</em>}</li>
 *   <li>{@link org.peerplan.model.TaskBaseline#getFinish <em>Finish</em>}</li>
 *   <li>{@link org.peerplan.model.TaskBaseline#getDurationDays <em>Duration Days</em>}</li>
 *   <li>{@link org.peerplan.model.TaskBaseline#getStatus <em>Status</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.PeerPlanPackage#getTaskBaseline()
 * @model
 * @generated
 */
public interface TaskBaseline extends EObject {
	/**
	 * Returns the value of the '<em><b>Task Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Task Id</em>' attribute.
	 * @see #setTaskId(String)
	 * @see org.peerplan.model.PeerPlanPackage#getTaskBaseline_TaskId()
	 * @model
	 * @generated
	 */
	String getTaskId();

	/**
	 * Sets the value of the '{@link org.peerplan.model.TaskBaseline#getTaskId <em>Task Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Task Id</em>' attribute.
	 * @see #getTaskId()
	 * @generated
	 */
	void setTaskId(String value);

	/**
	 * Returns the value of the '<em><b>Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Name</em>' attribute.
	 * @see #setName(String)
	 * @see org.peerplan.model.PeerPlanPackage#getTaskBaseline_Name()
	 * @model
	 * @generated
	 */
	String getName();

	/**
	 * Sets the value of the '{@link org.peerplan.model.TaskBaseline#getName <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Name</em>' attribute.
	 * @see #getName()
	 * @generated
	 */
	void setName(String value);

	/**
	 * Returns the value of the '<em><b>Stage</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stage</em>' attribute.
	 * @see #setStage(String)
	 * @see org.peerplan.model.PeerPlanPackage#getTaskBaseline_Stage()
	 * @model
	 * @generated
	 */
	String getStage();

	/**
	 * Sets the value of the '{@link org.peerplan.model.TaskBaseline#getStage <em>Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stage</em>' attribute.
	 * @see #getStage()
	 * @generated
	 */
	void setStage(String value);

	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(LocalDate)
	 * @see org.peerplan.model.PeerPlanPackage#getTaskBaseline_Start()
	 * @model dataType="org.peerplan.model.LocalDate"
	 * @generated
	 */
	LocalDate getStart();

	/**
	 * Sets the value of the '{@link org.peerplan.model.TaskBaseline#getStart <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' attribute.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Finish</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Finish</em>' attribute.
	 * @see #setFinish(LocalDate)
	 * @see org.peerplan.model.PeerPlanPackage#getTaskBaseline_Finish()
	 * @model dataType="org.peerplan.model.LocalDate"
	 * @generated
	 */
	LocalDate getFinish();

	/**
	 * Sets the value of the '{@link org.peerplan.model.TaskBaseline#getFinish <em>Finish</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Finish</em>' attribute.
	 * @see #getFinish()
	 * @generated
	 */
	void setFinish(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Duration Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Duration Days</em>' attribute.
	 * @see #setDurationDays(int)
	 * @see org.peerplan.model.PeerPlanPackage#getTaskBaseline_DurationDays()
	 * @model
	 * @generated
	 */
	int getDurationDays();

	/**
	 * Sets the value of the '{@link org.peerplan.model.TaskBaseline#getDurationDays <em>Duration Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Duration Days</em>' attribute.
	 * @see #getDurationDays()
	 * @generated
	 */
	void setDurationDays(int value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.peerplan.model.TaskStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.peerplan.model.TaskStatus
	 * @see #setStatus(TaskStatus)
	 * @see org.peerplan.model.PeerPlanPackage#getTaskBaseline_Status()
	 * @model
	 * @generated
	 */
	TaskStatus getStatus();

	/**
	 * Sets the value of the '{@link org.peerplan.model.TaskBaseline#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.peerplan.model.TaskStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(TaskStatus value);

} // TaskBaseline
