/**
 */
package org.peerplan.model.catalog;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Task Template</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.catalog.TaskTemplate#getPhase <em>Phase</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.TaskTemplate#getTypicalDays <em>Typical Days</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.TaskTemplate#isMilestone <em>Milestone</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.TaskTemplate#getDeliverable <em>Deliverable</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.TaskTemplate#isOptional <em>Optional</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.TaskTemplate#getDependsOn <em>Depends On</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.TaskTemplate#getCovers <em>Covers</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.catalog.CatalogPackage#getTaskTemplate()
 * @model
 * @generated
 */
public interface TaskTemplate extends CatalogItem {
	/**
	 * Returns the value of the '<em><b>Phase</b></em>' attribute.
	 * The literals are from the enumeration {@link org.peerplan.model.catalog.OnboardingPhase}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Phase</em>' attribute.
	 * @see org.peerplan.model.catalog.OnboardingPhase
	 * @see #setPhase(OnboardingPhase)
	 * @see org.peerplan.model.catalog.CatalogPackage#getTaskTemplate_Phase()
	 * @model
	 * @generated
	 */
	OnboardingPhase getPhase();

	/**
	 * Sets the value of the '{@link org.peerplan.model.catalog.TaskTemplate#getPhase <em>Phase</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Phase</em>' attribute.
	 * @see org.peerplan.model.catalog.OnboardingPhase
	 * @see #getPhase()
	 * @generated
	 */
	void setPhase(OnboardingPhase value);

	/**
	 * Returns the value of the '<em><b>Typical Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A planning estimate in working days; the sources give no durations, so every estimate is marked inferred.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Typical Days</em>' attribute.
	 * @see #setTypicalDays(int)
	 * @see org.peerplan.model.catalog.CatalogPackage#getTaskTemplate_TypicalDays()
	 * @model
	 * @generated
	 */
	int getTypicalDays();

	/**
	 * Sets the value of the '{@link org.peerplan.model.catalog.TaskTemplate#getTypicalDays <em>Typical Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Typical Days</em>' attribute.
	 * @see #getTypicalDays()
	 * @generated
	 */
	void setTypicalDays(int value);

	/**
	 * Returns the value of the '<em><b>Milestone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Milestone</em>' attribute.
	 * @see #setMilestone(boolean)
	 * @see org.peerplan.model.catalog.CatalogPackage#getTaskTemplate_Milestone()
	 * @model
	 * @generated
	 */
	boolean isMilestone();

	/**
	 * Sets the value of the '{@link org.peerplan.model.catalog.TaskTemplate#isMilestone <em>Milestone</em>}' attribute.
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
	 * @see org.peerplan.model.catalog.CatalogPackage#getTaskTemplate_Deliverable()
	 * @model
	 * @generated
	 */
	String getDeliverable();

	/**
	 * Sets the value of the '{@link org.peerplan.model.catalog.TaskTemplate#getDeliverable <em>Deliverable</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Deliverable</em>' attribute.
	 * @see #getDeliverable()
	 * @generated
	 */
	void setDeliverable(String value);

	/**
	 * Returns the value of the '<em><b>Optional</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Optional</em>' attribute.
	 * @see #setOptional(boolean)
	 * @see org.peerplan.model.catalog.CatalogPackage#getTaskTemplate_Optional()
	 * @model
	 * @generated
	 */
	boolean isOptional();

	/**
	 * Sets the value of the '{@link org.peerplan.model.catalog.TaskTemplate#isOptional <em>Optional</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Optional</em>' attribute.
	 * @see #isOptional()
	 * @generated
	 */
	void setOptional(boolean value);

	/**
	 * Returns the value of the '<em><b>Depends On</b></em>' reference list.
	 * The list contents are of type {@link org.peerplan.model.catalog.TaskTemplate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Depends On</em>' reference list.
	 * @see org.peerplan.model.catalog.CatalogPackage#getTaskTemplate_DependsOn()
	 * @model
	 * @generated
	 */
	EList<TaskTemplate> getDependsOn();

	/**
	 * Returns the value of the '<em><b>Covers</b></em>' reference list.
	 * The list contents are of type {@link org.peerplan.model.catalog.ChecklistItemDef}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Covers</em>' reference list.
	 * @see org.peerplan.model.catalog.CatalogPackage#getTaskTemplate_Covers()
	 * @model
	 * @generated
	 */
	EList<ChecklistItemDef> getCovers();

} // TaskTemplate
