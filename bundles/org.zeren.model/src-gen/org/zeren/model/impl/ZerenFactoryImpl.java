/**
 * Copyright (c) 2026 Zeren contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.zeren.model.impl;

import java.time.LocalDate;

import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;

import org.eclipse.emf.ecore.impl.EFactoryImpl;

import org.eclipse.emf.ecore.plugin.EcorePlugin;

import org.zeren.model.*;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model <b>Factory</b>.
 * <!-- end-user-doc -->
 * @generated
 */
public class ZerenFactoryImpl extends EFactoryImpl implements ZerenFactory {
	/**
	 * Creates the default factory implementation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static ZerenFactory init() {
		try {
			ZerenFactory theZerenFactory = (ZerenFactory)EPackage.Registry.INSTANCE.getEFactory(ZerenPackage.eNS_URI);
			if (theZerenFactory != null) {
				return theZerenFactory;
			}
		}
		catch (Exception exception) {
			EcorePlugin.INSTANCE.log(exception);
		}
		return new ZerenFactoryImpl();
	}

	/**
	 * Creates an instance of the factory.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ZerenFactoryImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EObject create(EClass eClass) {
		switch (eClass.getClassifierID()) {
			case ZerenPackage.RESPONSIBILITY_MODEL: return createResponsibilityModel();
			case ZerenPackage.COMMITTEE: return createCommittee();
			case ZerenPackage.DEPARTMENT: return createDepartment();
			case ZerenPackage.ENTERPRISE: return createEnterprise();
			case ZerenPackage.POST: return createPost();
			case ZerenPackage.SUPERVISION: return createSupervision();
			case ZerenPackage.DUTY_LIST: return createDutyList();
			case ZerenPackage.RESPONSIBILITY: return createResponsibility();
			case ZerenPackage.POWER: return createPower();
			case ZerenPackage.OBLIGATION: return createObligation();
			case ZerenPackage.DUTY_GROUP: return createDutyGroup();
			case ZerenPackage.COLUMN_VALUE: return createColumnValue();
			case ZerenPackage.LEGAL_REFERENCE: return createLegalReference();
			case ZerenPackage.LEGAL_BASIS: return createLegalBasis();
			case ZerenPackage.LEGAL_BASIS_VERSION: return createLegalBasisVersion();
			case ZerenPackage.WORK_AREA: return createWorkArea();
			case ZerenPackage.WORK_PLAN: return createWorkPlan();
			case ZerenPackage.PLAN_SECTION: return createPlanSection();
			case ZerenPackage.PLAN_TASK: return createPlanTask();
			case ZerenPackage.ASSESSMENT_INDICATOR: return createAssessmentIndicator();
			default:
				throw new IllegalArgumentException("The class '" + eClass.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object createFromString(EDataType eDataType, String initialValue) {
		switch (eDataType.getClassifierID()) {
			case ZerenPackage.ENTERPRISE_SCALE:
				return createEnterpriseScaleFromString(eDataType, initialValue);
			case ZerenPackage.RISK_GRADE:
				return createRiskGradeFromString(eDataType, initialValue);
			case ZerenPackage.STANDARDIZATION_LEVEL:
				return createStandardizationLevelFromString(eDataType, initialValue);
			case ZerenPackage.POST_KIND:
				return createPostKindFromString(eDataType, initialValue);
			case ZerenPackage.DUTY_LIST_KIND:
				return createDutyListKindFromString(eDataType, initialValue);
			case ZerenPackage.RECURRENCE:
				return createRecurrenceFromString(eDataType, initialValue);
			case ZerenPackage.ACCOUNTABILITY_MEASURE:
				return createAccountabilityMeasureFromString(eDataType, initialValue);
			case ZerenPackage.POWER_KIND:
				return createPowerKindFromString(eDataType, initialValue);
			case ZerenPackage.LEGAL_BASIS_KIND:
				return createLegalBasisKindFromString(eDataType, initialValue);
			case ZerenPackage.INDICATOR_TYPE:
				return createIndicatorTypeFromString(eDataType, initialValue);
			case ZerenPackage.LOCAL_DATE:
				return createLocalDateFromString(eDataType, initialValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String convertToString(EDataType eDataType, Object instanceValue) {
		switch (eDataType.getClassifierID()) {
			case ZerenPackage.ENTERPRISE_SCALE:
				return convertEnterpriseScaleToString(eDataType, instanceValue);
			case ZerenPackage.RISK_GRADE:
				return convertRiskGradeToString(eDataType, instanceValue);
			case ZerenPackage.STANDARDIZATION_LEVEL:
				return convertStandardizationLevelToString(eDataType, instanceValue);
			case ZerenPackage.POST_KIND:
				return convertPostKindToString(eDataType, instanceValue);
			case ZerenPackage.DUTY_LIST_KIND:
				return convertDutyListKindToString(eDataType, instanceValue);
			case ZerenPackage.RECURRENCE:
				return convertRecurrenceToString(eDataType, instanceValue);
			case ZerenPackage.ACCOUNTABILITY_MEASURE:
				return convertAccountabilityMeasureToString(eDataType, instanceValue);
			case ZerenPackage.POWER_KIND:
				return convertPowerKindToString(eDataType, instanceValue);
			case ZerenPackage.LEGAL_BASIS_KIND:
				return convertLegalBasisKindToString(eDataType, instanceValue);
			case ZerenPackage.INDICATOR_TYPE:
				return convertIndicatorTypeToString(eDataType, instanceValue);
			case ZerenPackage.LOCAL_DATE:
				return convertLocalDateToString(eDataType, instanceValue);
			default:
				throw new IllegalArgumentException("The datatype '" + eDataType.getName() + "' is not a valid classifier");
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResponsibilityModel createResponsibilityModel() {
		ResponsibilityModelImpl responsibilityModel = new ResponsibilityModelImpl();
		return responsibilityModel;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Committee createCommittee() {
		CommitteeImpl committee = new CommitteeImpl();
		return committee;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Department createDepartment() {
		DepartmentImpl department = new DepartmentImpl();
		return department;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Enterprise createEnterprise() {
		EnterpriseImpl enterprise = new EnterpriseImpl();
		return enterprise;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Post createPost() {
		PostImpl post = new PostImpl();
		return post;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Supervision createSupervision() {
		SupervisionImpl supervision = new SupervisionImpl();
		return supervision;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DutyList createDutyList() {
		DutyListImpl dutyList = new DutyListImpl();
		return dutyList;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Responsibility createResponsibility() {
		ResponsibilityImpl responsibility = new ResponsibilityImpl();
		return responsibility;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Power createPower() {
		PowerImpl power = new PowerImpl();
		return power;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Obligation createObligation() {
		ObligationImpl obligation = new ObligationImpl();
		return obligation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public DutyGroup createDutyGroup() {
		DutyGroupImpl dutyGroup = new DutyGroupImpl();
		return dutyGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ColumnValue createColumnValue() {
		ColumnValueImpl columnValue = new ColumnValueImpl();
		return columnValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LegalReference createLegalReference() {
		LegalReferenceImpl legalReference = new LegalReferenceImpl();
		return legalReference;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LegalBasis createLegalBasis() {
		LegalBasisImpl legalBasis = new LegalBasisImpl();
		return legalBasis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LegalBasisVersion createLegalBasisVersion() {
		LegalBasisVersionImpl legalBasisVersion = new LegalBasisVersionImpl();
		return legalBasisVersion;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WorkArea createWorkArea() {
		WorkAreaImpl workArea = new WorkAreaImpl();
		return workArea;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public WorkPlan createWorkPlan() {
		WorkPlanImpl workPlan = new WorkPlanImpl();
		return workPlan;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlanSection createPlanSection() {
		PlanSectionImpl planSection = new PlanSectionImpl();
		return planSection;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PlanTask createPlanTask() {
		PlanTaskImpl planTask = new PlanTaskImpl();
		return planTask;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public AssessmentIndicator createAssessmentIndicator() {
		AssessmentIndicatorImpl assessmentIndicator = new AssessmentIndicatorImpl();
		return assessmentIndicator;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public EnterpriseScale createEnterpriseScaleFromString(EDataType eDataType, String initialValue) {
		EnterpriseScale result = EnterpriseScale.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertEnterpriseScaleToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public RiskGrade createRiskGradeFromString(EDataType eDataType, String initialValue) {
		RiskGrade result = RiskGrade.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRiskGradeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public StandardizationLevel createStandardizationLevelFromString(EDataType eDataType, String initialValue) {
		StandardizationLevel result = StandardizationLevel.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertStandardizationLevelToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PostKind createPostKindFromString(EDataType eDataType, String initialValue) {
		PostKind result = PostKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPostKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public DutyListKind createDutyListKindFromString(EDataType eDataType, String initialValue) {
		DutyListKind result = DutyListKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertDutyListKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Recurrence createRecurrenceFromString(EDataType eDataType, String initialValue) {
		Recurrence result = Recurrence.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertRecurrenceToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public AccountabilityMeasure createAccountabilityMeasureFromString(EDataType eDataType, String initialValue) {
		AccountabilityMeasure result = AccountabilityMeasure.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertAccountabilityMeasureToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public PowerKind createPowerKindFromString(EDataType eDataType, String initialValue) {
		PowerKind result = PowerKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertPowerKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public LegalBasisKind createLegalBasisKindFromString(EDataType eDataType, String initialValue) {
		LegalBasisKind result = LegalBasisKind.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertLegalBasisKindToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public IndicatorType createIndicatorTypeFromString(EDataType eDataType, String initialValue) {
		IndicatorType result = IndicatorType.get(initialValue);
		if (result == null) throw new IllegalArgumentException("The value '" + initialValue + "' is not a valid enumerator of '" + eDataType.getName() + "'");
		return result;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public String convertIndicatorTypeToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : instanceValue.toString();
	}

	/**
	 * <!-- begin-user-doc -->
	 * Parses an ISO-8601 calendar date ({@code yyyy-MM-dd}, e.g. {@code 2017-02-23}).
	 * A null or blank string gives null (no date).
	 * @throws IllegalArgumentException when the value is not such a date; the message names the value
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public LocalDate createLocalDateFromString(EDataType eDataType, String initialValue) {
		if (initialValue == null || initialValue.isBlank()) {
			return null;
		}
		try {
			return LocalDate.parse(initialValue.strip(), DateTimeFormatter.ISO_LOCAL_DATE);
		}
		catch (DateTimeParseException exception) {
			throw new IllegalArgumentException("Not a date in the form yyyy-MM-dd: '" + initialValue + "'", exception);
		}
	}

	/**
	 * <!-- begin-user-doc -->
	 * Writes the date as ISO-8601 {@code yyyy-MM-dd}; null gives null.
	 * <!-- end-user-doc -->
	 * @generated NOT
	 */
	public String convertLocalDateToString(EDataType eDataType, Object instanceValue) {
		return instanceValue == null ? null : DateTimeFormatter.ISO_LOCAL_DATE.format((LocalDate)instanceValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ZerenPackage getZerenPackage() {
		return (ZerenPackage)getEPackage();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @deprecated
	 * @generated
	 */
	@Deprecated
	public static ZerenPackage getPackage() {
		return ZerenPackage.eINSTANCE;
	}

} //ZerenFactoryImpl
