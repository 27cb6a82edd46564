/**
 */
package org.peerplan.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Timeline Benchmark</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How long another organization's implementation took, recorded when the quiz band states no minimum.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.TimelineBenchmark#getOrganization <em>Organization</em>}</li>
 *   <li>{@link org.peerplan.model.TimelineBenchmark#getMonths <em>Months</em>}</li>
 *   <li>{@link org.peerplan.model.TimelineBenchmark#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.PeerPlanPackage#getTimelineBenchmark()
 * @model
 * @generated
 */
public interface TimelineBenchmark extends EObject {
	/**
	 * Returns the value of the '<em><b>Organization</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Organization</em>' attribute.
	 * @see #setOrganization(String)
	 * @see org.peerplan.model.PeerPlanPackage#getTimelineBenchmark_Organization()
	 * @model
	 * @generated
	 */
	String getOrganization();

	/**
	 * Sets the value of the '{@link org.peerplan.model.TimelineBenchmark#getOrganization <em>Organization</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Organization</em>' attribute.
	 * @see #getOrganization()
	 * @generated
	 */
	void setOrganization(String value);

	/**
	 * Returns the value of the '<em><b>Months</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Months</em>' attribute.
	 * @see #setMonths(int)
	 * @see org.peerplan.model.PeerPlanPackage#getTimelineBenchmark_Months()
	 * @model
	 * @generated
	 */
	int getMonths();

	/**
	 * Sets the value of the '{@link org.peerplan.model.TimelineBenchmark#getMonths <em>Months</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Months</em>' attribute.
	 * @see #getMonths()
	 * @generated
	 */
	void setMonths(int value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.peerplan.model.PeerPlanPackage#getTimelineBenchmark_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.peerplan.model.TimelineBenchmark#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

} // TimelineBenchmark
