/**
 */
package org.peerplan.model;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EObject;

import org.peerplan.model.catalog.SpeedUpOptionDef;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Speed Up Choice</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.SpeedUpChoice#getOption <em>Option</em>}</li>
 *   <li>{@link org.peerplan.model.SpeedUpChoice#getRationale <em>Rationale</em>}</li>
 *   <li>{@link org.peerplan.model.SpeedUpChoice#getCost <em>Cost</em>}</li>
 *   <li>{@link org.peerplan.model.SpeedUpChoice#getTask <em>Task</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.PeerPlanPackage#getSpeedUpChoice()
 * @model
 * @generated
 */
public interface SpeedUpChoice extends EObject {
	/**
	 * Returns the value of the '<em><b>Option</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Option</em>' reference.
	 * @see #setOption(SpeedUpOptionDef)
	 * @see org.peerplan.model.PeerPlanPackage#getSpeedUpChoice_Option()
	 * @model required="true"
	 * @generated
	 */
	SpeedUpOptionDef getOption();

	/**
	 * Sets the value of the '{@link org.peerplan.model.SpeedUpChoice#getOption <em>Option</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Option</em>' reference.
	 * @see #getOption()
	 * @generated
	 */
	void setOption(SpeedUpOptionDef value);

	/**
	 * Returns the value of the '<em><b>Rationale</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rationale</em>' attribute.
	 * @see #setRationale(String)
	 * @see org.peerplan.model.PeerPlanPackage#getSpeedUpChoice_Rationale()
	 * @model
	 * @generated
	 */
	String getRationale();

	/**
	 * Sets the value of the '{@link org.peerplan.model.SpeedUpChoice#getRationale <em>Rationale</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rationale</em>' attribute.
	 * @see #getRationale()
	 * @generated
	 */
	void setRationale(String value);

	/**
	 * Returns the value of the '<em><b>Cost</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What taking this option is estimated to cost; it counts among the plan's actions in the budget's first year.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Cost</em>' attribute.
	 * @see #setCost(BigDecimal)
	 * @see org.peerplan.model.PeerPlanPackage#getSpeedUpChoice_Cost()
	 * @model
	 * @generated
	 */
	BigDecimal getCost();

	/**
	 * Sets the value of the '{@link org.peerplan.model.SpeedUpChoice#getCost <em>Cost</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cost</em>' attribute.
	 * @see #getCost()
	 * @generated
	 */
	void setCost(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Task</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Task</em>' reference.
	 * @see #setTask(Task)
	 * @see org.peerplan.model.PeerPlanPackage#getSpeedUpChoice_Task()
	 * @model
	 * @generated
	 */
	Task getTask();

	/**
	 * Sets the value of the '{@link org.peerplan.model.SpeedUpChoice#getTask <em>Task</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Task</em>' reference.
	 * @see #getTask()
	 * @generated
	 */
	void setTask(Task value);

} // SpeedUpChoice
