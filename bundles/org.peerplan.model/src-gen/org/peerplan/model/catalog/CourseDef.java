/**
 */
package org.peerplan.model.catalog;

import java.math.BigDecimal;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Course Def</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A course of the professional development training menu.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.catalog.CourseDef#getGroup <em>Group</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.CourseDef#getHours <em>Hours</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.CourseDef#getDays <em>Days</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.CourseDef#getMinAttendance <em>Min Attendance</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.CourseDef#getMaxAttendance <em>Max Attendance</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.CourseDef#getAudience <em>Audience</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.CourseDef#getAudienceNote <em>Audience Note</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.CourseDef#getListValue <em>List Value</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.CourseDef#isManagersAndStaffSeparate <em>Managers And Staff Separate</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.CourseDef#isSelfCare <em>Self Care</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.CourseDef#getPrerequisite <em>Prerequisite</em>}</li>
 * </ul>
 *
 * @see org.peerplan.model.catalog.CatalogPackage#getCourseDef()
 * @model
 * @generated
 */
public interface CourseDef extends CatalogItem {
	/**
	 * Returns the value of the '<em><b>Group</b></em>' attribute.
	 * The literals are from the enumeration {@link org.peerplan.model.catalog.TrainingGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Group</em>' attribute.
	 * @see org.peerplan.model.catalog.TrainingGroup
	 * @see #setGroup(TrainingGroup)
	 * @see org.peerplan.model.catalog.CatalogPackage#getCourseDef_Group()
	 * @model
	 * @generated
	 */
	TrainingGroup getGroup();

	/**
	 * Sets the value of the '{@link org.peerplan.model.catalog.CourseDef#getGroup <em>Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Group</em>' attribute.
	 * @see org.peerplan.model.catalog.TrainingGroup
	 * @see #getGroup()
	 * @generated
	 */
	void setGroup(TrainingGroup value);

	/**
	 * Returns the value of the '<em><b>Hours</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Hours</em>' attribute.
	 * @see #setHours(double)
	 * @see org.peerplan.model.catalog.CatalogPackage#getCourseDef_Hours()
	 * @model
	 * @generated
	 */
	double getHours();

	/**
	 * Sets the value of the '{@link org.peerplan.model.catalog.CourseDef#getHours <em>Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Hours</em>' attribute.
	 * @see #getHours()
	 * @generated
	 */
	void setHours(double value);

	/**
	 * Returns the value of the '<em><b>Days</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Days</em>' attribute.
	 * @see #setDays(int)
	 * @see org.peerplan.model.catalog.CatalogPackage#getCourseDef_Days()
	 * @model
	 * @generated
	 */
	int getDays();

	/**
	 * Sets the value of the '{@link org.peerplan.model.catalog.CourseDef#getDays <em>Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Days</em>' attribute.
	 * @see #getDays()
	 * @generated
	 */
	void setDays(int value);

	/**
	 * Returns the value of the '<em><b>Min Attendance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Min Attendance</em>' attribute.
	 * @see #setMinAttendance(int)
	 * @see org.peerplan.model.catalog.CatalogPackage#getCourseDef_MinAttendance()
	 * @model
	 * @generated
	 */
	int getMinAttendance();

	/**
	 * Sets the value of the '{@link org.peerplan.model.catalog.CourseDef#getMinAttendance <em>Min Attendance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Min Attendance</em>' attribute.
	 * @see #getMinAttendance()
	 * @generated
	 */
	void setMinAttendance(int value);

	/**
	 * Returns the value of the '<em><b>Max Attendance</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Max Attendance</em>' attribute.
	 * @see #setMaxAttendance(int)
	 * @see org.peerplan.model.catalog.CatalogPackage#getCourseDef_MaxAttendance()
	 * @model
	 * @generated
	 */
	int getMaxAttendance();

	/**
	 * Sets the value of the '{@link org.peerplan.model.catalog.CourseDef#getMaxAttendance <em>Max Attendance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Attendance</em>' attribute.
	 * @see #getMaxAttendance()
	 * @generated
	 */
	void setMaxAttendance(int value);

	/**
	 * Returns the value of the '<em><b>Audience</b></em>' attribute.
	 * The literals are from the enumeration {@link org.peerplan.model.catalog.TrainingAudience}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Audience</em>' attribute.
	 * @see org.peerplan.model.catalog.TrainingAudience
	 * @see #setAudience(TrainingAudience)
	 * @see org.peerplan.model.catalog.CatalogPackage#getCourseDef_Audience()
	 * @model
	 * @generated
	 */
	TrainingAudience getAudience();

	/**
	 * Sets the value of the '{@link org.peerplan.model.catalog.CourseDef#getAudience <em>Audience</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Audience</em>' attribute.
	 * @see org.peerplan.model.catalog.TrainingAudience
	 * @see #getAudience()
	 * @generated
	 */
	void setAudience(TrainingAudience value);

	/**
	 * Returns the value of the '<em><b>Audience Note</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Audience Note</em>' attribute.
	 * @see #setAudienceNote(String)
	 * @see org.peerplan.model.catalog.CatalogPackage#getCourseDef_AudienceNote()
	 * @model
	 * @generated
	 */
	String getAudienceNote();

	/**
	 * Sets the value of the '{@link org.peerplan.model.catalog.CourseDef#getAudienceNote <em>Audience Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Audience Note</em>' attribute.
	 * @see #getAudienceNote()
	 * @generated
	 */
	void setAudienceNote(String value);

	/**
	 * Returns the value of the '<em><b>List Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The menu's value in US dollars, including instructor travel; discounts or no-cost delivery may apply.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>List Value</em>' attribute.
	 * @see #setListValue(BigDecimal)
	 * @see org.peerplan.model.catalog.CatalogPackage#getCourseDef_ListValue()
	 * @model
	 * @generated
	 */
	BigDecimal getListValue();

	/**
	 * Sets the value of the '{@link org.peerplan.model.catalog.CourseDef#getListValue <em>List Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>List Value</em>' attribute.
	 * @see #getListValue()
	 * @generated
	 */
	void setListValue(BigDecimal value);

	/**
	 * Returns the value of the '<em><b>Managers And Staff Separate</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Managers And Staff Separate</em>' attribute.
	 * @see #setManagersAndStaffSeparate(boolean)
	 * @see org.peerplan.model.catalog.CatalogPackage#getCourseDef_ManagersAndStaffSeparate()
	 * @model
	 * @generated
	 */
	boolean isManagersAndStaffSeparate();

	/**
	 * Sets the value of the '{@link org.peerplan.model.catalog.CourseDef#isManagersAndStaffSeparate <em>Managers And Staff Separate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Managers And Staff Separate</em>' attribute.
	 * @see #isManagersAndStaffSeparate()
	 * @generated
	 */
	void setManagersAndStaffSeparate(boolean value);

	/**
	 * Returns the value of the '<em><b>Self Care</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Self Care</em>' attribute.
	 * @see #setSelfCare(boolean)
	 * @see org.peerplan.model.catalog.CatalogPackage#getCourseDef_SelfCare()
	 * @model
	 * @generated
	 */
	boolean isSelfCare();

	/**
	 * Sets the value of the '{@link org.peerplan.model.catalog.CourseDef#isSelfCare <em>Self Care</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Self Care</em>' attribute.
	 * @see #isSelfCare()
	 * @generated
	 */
	void setSelfCare(boolean value);

	/**
	 * Returns the value of the '<em><b>Prerequisite</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Prerequisite</em>' reference.
	 * @see #setPrerequisite(CourseDef)
	 * @see org.peerplan.model.catalog.CatalogPackage#getCourseDef_Prerequisite()
	 * @model
	 * @generated
	 */
	CourseDef getPrerequisite();

	/**
	 * Sets the value of the '{@link org.peerplan.model.catalog.CourseDef#getPrerequisite <em>Prerequisite</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Prerequisite</em>' reference.
	 * @see #getPrerequisite()
	 * @generated
	 */
	void setPrerequisite(CourseDef value);

} // CourseDef
