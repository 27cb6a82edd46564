/**
 */
package org.peerplan.model.catalog.impl;

import java.math.BigDecimal;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.peerplan.model.catalog.CatalogPackage;
import org.peerplan.model.catalog.CourseDef;
import org.peerplan.model.catalog.TrainingAudience;
import org.peerplan.model.catalog.TrainingGroup;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Course Def</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.peerplan.model.catalog.impl.CourseDefImpl#getGroup <em>Group</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.impl.CourseDefImpl#getHours <em>Hours</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.impl.CourseDefImpl#getDays <em>Days</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.impl.CourseDefImpl#getMinAttendance <em>Min Attendance</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.impl.CourseDefImpl#getMaxAttendance <em>Max Attendance</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.impl.CourseDefImpl#getAudience <em>Audience</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.impl.CourseDefImpl#getAudienceNote <em>Audience Note</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.impl.CourseDefImpl#getListValue <em>List Value</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.impl.CourseDefImpl#isManagersAndStaffSeparate <em>Managers And Staff Separate</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.impl.CourseDefImpl#isSelfCare <em>Self Care</em>}</li>
 *   <li>{@link org.peerplan.model.catalog.impl.CourseDefImpl#getPrerequisite <em>Prerequisite</em>}</li>
 * </ul>
 *
 * @generated
 */
public class CourseDefImpl extends CatalogItemImpl implements CourseDef {
	/**
	 * The default value of the '{@link #getGroup() <em>Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroup()
	 * @generated
	 * @ordered
	 */
	protected static final TrainingGroup GROUP_EDEFAULT = TrainingGroup.WISE_CORE_CURRICULUM;

	/**
	 * The cached value of the '{@link #getGroup() <em>Group</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGroup()
	 * @generated
	 * @ordered
	 */
	protected TrainingGroup group = GROUP_EDEFAULT;

	/**
	 * The default value of the '{@link #getHours() <em>Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHours()
	 * @generated
	 * @ordered
	 */
	protected static final double HOURS_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getHours() <em>Hours</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getHours()
	 * @generated
	 * @ordered
	 */
	protected double hours = HOURS_EDEFAULT;

	/**
	 * The default value of the '{@link #getDays() <em>Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDays()
	 * @generated
	 * @ordered
	 */
	protected static final int DAYS_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getDays() <em>Days</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDays()
	 * @generated
	 * @ordered
	 */
	protected int days = DAYS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMinAttendance() <em>Min Attendance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinAttendance()
	 * @generated
	 * @ordered
	 */
	protected static final int MIN_ATTENDANCE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMinAttendance() <em>Min Attendance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMinAttendance()
	 * @generated
	 * @ordered
	 */
	protected int minAttendance = MIN_ATTENDANCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxAttendance() <em>Max Attendance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxAttendance()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_ATTENDANCE_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMaxAttendance() <em>Max Attendance</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxAttendance()
	 * @generated
	 * @ordered
	 */
	protected int maxAttendance = MAX_ATTENDANCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAudience() <em>Audience</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAudience()
	 * @generated
	 * @ordered
	 */
	protected static final TrainingAudience AUDIENCE_EDEFAULT = TrainingAudience.ALL_STAFF;

	/**
	 * The cached value of the '{@link #getAudience() <em>Audience</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAudience()
	 * @generated
	 * @ordered
	 */
	protected TrainingAudience audience = AUDIENCE_EDEFAULT;

	/**
	 * The default value of the '{@link #getAudienceNote() <em>Audience Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAudienceNote()
	 * @generated
	 * @ordered
	 */
	protected static final String AUDIENCE_NOTE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getAudienceNote() <em>Audience Note</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAudienceNote()
	 * @generated
	 * @ordered
	 */
	protected String audienceNote = AUDIENCE_NOTE_EDEFAULT;

	/**
	 * The default value of the '{@link #getListValue() <em>List Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getListValue()
	 * @generated
	 * @ordered
	 */
	protected static final BigDecimal LIST_VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getListValue() <em>List Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getListValue()
	 * @generated
	 * @ordered
	 */
	protected BigDecimal listValue = LIST_VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #isManagersAndStaffSeparate() <em>Managers And Staff Separate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isManagersAndStaffSeparate()
	 * @generated
	 * @ordered
	 */
	protected static final boolean MANAGERS_AND_STAFF_SEPARATE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isManagersAndStaffSeparate() <em>Managers And Staff Separate</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isManagersAndStaffSeparate()
	 * @generated
	 * @ordered
	 */
	protected boolean managersAndStaffSeparate = MANAGERS_AND_STAFF_SEPARATE_EDEFAULT;

	/**
	 * The default value of the '{@link #isSelfCare() <em>Self Care</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSelfCare()
	 * @generated
	 * @ordered
	 */
	protected static final boolean SELF_CARE_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isSelfCare() <em>Self Care</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSelfCare()
	 * @generated
	 * @ordered
	 */
	protected boolean selfCare = SELF_CARE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPrerequisite() <em>Prerequisite</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPrerequisite()
	 * @generated
	 * @ordered
	 */
	protected CourseDef prerequisite;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected CourseDefImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return CatalogPackage.Literals.COURSE_DEF;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrainingGroup getGroup() {
		return group;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGroup(TrainingGroup newGroup) {
		TrainingGroup oldGroup = group;
		group = newGroup == null ? GROUP_EDEFAULT : newGroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.COURSE_DEF__GROUP, oldGroup, group));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getHours() {
		return hours;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setHours(double newHours) {
		double oldHours = hours;
		hours = newHours;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.COURSE_DEF__HOURS, oldHours, hours));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getDays() {
		return days;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDays(int newDays) {
		int oldDays = days;
		days = newDays;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.COURSE_DEF__DAYS, oldDays, days));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMinAttendance() {
		return minAttendance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMinAttendance(int newMinAttendance) {
		int oldMinAttendance = minAttendance;
		minAttendance = newMinAttendance;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.COURSE_DEF__MIN_ATTENDANCE, oldMinAttendance, minAttendance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxAttendance() {
		return maxAttendance;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxAttendance(int newMaxAttendance) {
		int oldMaxAttendance = maxAttendance;
		maxAttendance = newMaxAttendance;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.COURSE_DEF__MAX_ATTENDANCE, oldMaxAttendance, maxAttendance));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public TrainingAudience getAudience() {
		return audience;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAudience(TrainingAudience newAudience) {
		TrainingAudience oldAudience = audience;
		audience = newAudience == null ? AUDIENCE_EDEFAULT : newAudience;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.COURSE_DEF__AUDIENCE, oldAudience, audience));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getAudienceNote() {
		return audienceNote;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setAudienceNote(String newAudienceNote) {
		String oldAudienceNote = audienceNote;
		audienceNote = newAudienceNote;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.COURSE_DEF__AUDIENCE_NOTE, oldAudienceNote, audienceNote));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BigDecimal getListValue() {
		return listValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setListValue(BigDecimal newListValue) {
		BigDecimal oldListValue = listValue;
		listValue = newListValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.COURSE_DEF__LIST_VALUE, oldListValue, listValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isManagersAndStaffSeparate() {
		return managersAndStaffSeparate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setManagersAndStaffSeparate(boolean newManagersAndStaffSeparate) {
		boolean oldManagersAndStaffSeparate = managersAndStaffSeparate;
		managersAndStaffSeparate = newManagersAndStaffSeparate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.COURSE_DEF__MANAGERS_AND_STAFF_SEPARATE, oldManagersAndStaffSeparate, managersAndStaffSeparate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isSelfCare() {
		return selfCare;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSelfCare(boolean newSelfCare) {
		boolean oldSelfCare = selfCare;
		selfCare = newSelfCare;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.COURSE_DEF__SELF_CARE, oldSelfCare, selfCare));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CourseDef getPrerequisite() {
		if (prerequisite != null && prerequisite.eIsProxy()) {
			InternalEObject oldPrerequisite = (InternalEObject)prerequisite;
			prerequisite = (CourseDef)eResolveProxy(oldPrerequisite);
			if (prerequisite != oldPrerequisite) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, CatalogPackage.COURSE_DEF__PREREQUISITE, oldPrerequisite, prerequisite));
			}
		}
		return prerequisite;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CourseDef basicGetPrerequisite() {
		return prerequisite;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPrerequisite(CourseDef newPrerequisite) {
		CourseDef oldPrerequisite = prerequisite;
		prerequisite = newPrerequisite;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, CatalogPackage.COURSE_DEF__PREREQUISITE, oldPrerequisite, prerequisite));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case CatalogPackage.COURSE_DEF__GROUP:
				return getGroup();
			case CatalogPackage.COURSE_DEF__HOURS:
				return getHours();
			case CatalogPackage.COURSE_DEF__DAYS:
				return getDays();
			case CatalogPackage.COURSE_DEF__MIN_ATTENDANCE:
				return getMinAttendance();
			case CatalogPackage.COURSE_DEF__MAX_ATTENDANCE:
				return getMaxAttendance();
			case CatalogPackage.COURSE_DEF__AUDIENCE:
				return getAudience();
			case CatalogPackage.COURSE_DEF__AUDIENCE_NOTE:
				return getAudienceNote();
			case CatalogPackage.COURSE_DEF__LIST_VALUE:
				return getListValue();
			case CatalogPackage.COURSE_DEF__MANAGERS_AND_STAFF_SEPARATE:
				return isManagersAndStaffSeparate();
			case CatalogPackage.COURSE_DEF__SELF_CARE:
				return isSelfCare();
			case CatalogPackage.COURSE_DEF__PREREQUISITE:
				if (resolve) return getPrerequisite();
				return basicGetPrerequisite();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case CatalogPackage.COURSE_DEF__GROUP:
				setGroup((TrainingGroup)newValue);
				return;
			case CatalogPackage.COURSE_DEF__HOURS:
				setHours((Double)newValue);
				return;
			case CatalogPackage.COURSE_DEF__DAYS:
				setDays((Integer)newValue);
				return;
			case CatalogPackage.COURSE_DEF__MIN_ATTENDANCE:
				setMinAttendance((Integer)newValue);
				return;
			case CatalogPackage.COURSE_DEF__MAX_ATTENDANCE:
				setMaxAttendance((Integer)newValue);
				return;
			case CatalogPackage.COURSE_DEF__AUDIENCE:
				setAudience((TrainingAudience)newValue);
				return;
			case CatalogPackage.COURSE_DEF__AUDIENCE_NOTE:
				setAudienceNote((String)newValue);
				return;
			case CatalogPackage.COURSE_DEF__LIST_VALUE:
				setListValue((BigDecimal)newValue);
				return;
			case CatalogPackage.COURSE_DEF__MANAGERS_AND_STAFF_SEPARATE:
				setManagersAndStaffSeparate((Boolean)newValue);
				return;
			case CatalogPackage.COURSE_DEF__SELF_CARE:
				setSelfCare((Boolean)newValue);
				return;
			case CatalogPackage.COURSE_DEF__PREREQUISITE:
				setPrerequisite((CourseDef)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case CatalogPackage.COURSE_DEF__GROUP:
				setGroup(GROUP_EDEFAULT);
				return;
			case CatalogPackage.COURSE_DEF__HOURS:
				setHours(HOURS_EDEFAULT);
				return;
			case CatalogPackage.COURSE_DEF__DAYS:
				setDays(DAYS_EDEFAULT);
				return;
			case CatalogPackage.COURSE_DEF__MIN_ATTENDANCE:
				setMinAttendance(MIN_ATTENDANCE_EDEFAULT);
				return;
			case CatalogPackage.COURSE_DEF__MAX_ATTENDANCE:
				setMaxAttendance(MAX_ATTENDANCE_EDEFAULT);
				return;
			case CatalogPackage.COURSE_DEF__AUDIENCE:
				setAudience(AUDIENCE_EDEFAULT);
				return;
			case CatalogPackage.COURSE_DEF__AUDIENCE_NOTE:
				setAudienceNote(AUDIENCE_NOTE_EDEFAULT);
				return;
			case CatalogPackage.COURSE_DEF__LIST_VALUE:
				setListValue(LIST_VALUE_EDEFAULT);
				return;
			case CatalogPackage.COURSE_DEF__MANAGERS_AND_STAFF_SEPARATE:
				setManagersAndStaffSeparate(MANAGERS_AND_STAFF_SEPARATE_EDEFAULT);
				return;
			case CatalogPackage.COURSE_DEF__SELF_CARE:
				setSelfCare(SELF_CARE_EDEFAULT);
				return;
			case CatalogPackage.COURSE_DEF__PREREQUISITE:
				setPrerequisite((CourseDef)null);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case CatalogPackage.COURSE_DEF__GROUP:
				return group != GROUP_EDEFAULT;
			case CatalogPackage.COURSE_DEF__HOURS:
				return hours != HOURS_EDEFAULT;
			case CatalogPackage.COURSE_DEF__DAYS:
				return days != DAYS_EDEFAULT;
			case CatalogPackage.COURSE_DEF__MIN_ATTENDANCE:
				return minAttendance != MIN_ATTENDANCE_EDEFAULT;
			case CatalogPackage.COURSE_DEF__MAX_ATTENDANCE:
				return maxAttendance != MAX_ATTENDANCE_EDEFAULT;
			case CatalogPackage.COURSE_DEF__AUDIENCE:
				return audience != AUDIENCE_EDEFAULT;
			case CatalogPackage.COURSE_DEF__AUDIENCE_NOTE:
				return AUDIENCE_NOTE_EDEFAULT == null ? audienceNote != null : !AUDIENCE_NOTE_EDEFAULT.equals(audienceNote);
			case CatalogPackage.COURSE_DEF__LIST_VALUE:
				return LIST_VALUE_EDEFAULT == null ? listValue != null : !LIST_VALUE_EDEFAULT.equals(listValue);
			case CatalogPackage.COURSE_DEF__MANAGERS_AND_STAFF_SEPARATE:
				return managersAndStaffSeparate != MANAGERS_AND_STAFF_SEPARATE_EDEFAULT;
			case CatalogPackage.COURSE_DEF__SELF_CARE:
				return selfCare != SELF_CARE_EDEFAULT;
			case CatalogPackage.COURSE_DEF__PREREQUISITE:
				return prerequisite != null;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (group: ");
		result.append(group);
		result.append(", hours: ");
		result.append(hours);
		result.append(", days: ");
		result.append(days);
		result.append(", minAttendance: ");
		result.append(minAttendance);
		result.append(", maxAttendance: ");
		result.append(maxAttendance);
		result.append(", audience: ");
		result.append(audience);
		result.append(", audienceNote: ");
		result.append(audienceNote);
		result.append(", listValue: ");
		result.append(listValue);
		result.append(", managersAndStaffSeparate: ");
		result.append(managersAndStaffSeparate);
		result.append(", selfCare: ");
		result.append(selfCare);
		result.append(')');
		return result.toString();
	}

} //CourseDefImpl
